/// <reference types="vite/client" />

declare module 'virtual:sourced-data' {
  /** The content-hashed feed index, relative to the base URL. */
  export const indexPath: string;
}
