// fontkit (pdfkit's font engine) ships no types; only what src/pdf/pdfKit.ts uses.
declare module 'fontkit' {
  export interface Font {
    readonly postscriptName: string
    layout(text: string): unknown
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font
}
