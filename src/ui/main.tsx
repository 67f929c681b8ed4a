import { mountApp } from './mountApp'

mountApp('ui')
