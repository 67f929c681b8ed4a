// The in-store kiosk entry. For now it is the shopper app in a touch-first full-screen shell; the
// attract loop, per-session consent and the wipe between shoppers belong to the kiosk issue.
import { mountApp } from '../src/ui/mountApp'
import './kiosk.css'

mountApp('kiosk')
