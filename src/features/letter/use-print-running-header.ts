/**
 * The printed letter's running header ("IMR Case Number: ..." at the top right of every page) as a
 * CSS paged-media margin box. The case number is only known at run time and the page's
 * Content-Security-Policy forbids inline <style>, so the rule lives in a constructed style sheet.
 */
import { useEffect } from 'react';
import { cssString } from './css-string';

export function runningHeaderRule(headerText: string): string {
  return `@media print { @page { @top-right { content: ${cssString(headerText)}; font-family: Georgia, 'DejaVu Serif', serif; font-size: 9pt; color: #000; } } }`;
}

export function usePrintRunningHeader(headerText: string): void {
  useEffect(() => {
    if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
    const sheet = new CSSStyleSheet();
    try {
      sheet.replaceSync(runningHeaderRule(headerText));
    } catch {
      return;
    }
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    };
  }, [headerText]);
}
