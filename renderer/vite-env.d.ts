// Vite's client types (import.meta.glob, import.meta.env) for the renderer.
/// <reference types="vite/client" />
