/** The Norwegian bokmål TeX patterns of the `hyphen` package (it ships no types). */
declare module 'hyphen/nb' {
  export function hyphenateSync(
    text: string,
    options?: { hyphenChar?: string; minWordLength?: number },
  ): string
}
