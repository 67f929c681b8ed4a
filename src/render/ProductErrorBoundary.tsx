import { Component, type ReactNode } from 'react'

export interface ProductErrorBoundaryProps {
  onError?: ((error: Error) => void) | undefined
  children?: ReactNode
}

/** Keeps a product that fails to load from taking the whole scene down; reports the error. */
export class ProductErrorBoundary extends Component<ProductErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false }

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }

  override componentDidCatch(error: Error): void {
    this.props.onError?.(error)
  }

  override render(): ReactNode {
    return this.state.failed ? null : this.props.children
  }
}
