/// <reference lib="dom" />
/**
 * What the browser test measures of a page's layout, in the page: whether anything overflows it
 * horizontally, whether every label of its charts lies inside its drawing, and which fonts each
 * language on it is set in.
 */
import type { Page } from 'playwright-core';

/**
 * What is out of place at the page's present width: the page wider than its window, or an SVG
 * text whose box (`getBBox`, in the drawing's units) crosses its SVG's viewBox.
 *
 * @returns The problems, each naming what and where; none for a page that fits.
 */
export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const { scrollWidth, clientWidth } = document.documentElement;
    if (scrollWidth > clientWidth) problems.push(`the page is ${scrollWidth} px wide in a window of ${clientWidth}`);
    for (const svg of Array.from(document.querySelectorAll('svg'))) {
      const view = svg.viewBox.baseVal;
      if (!view || view.width === 0) {
        problems.push(`an svg without a viewBox: ${svg.outerHTML.slice(0, 60)}`);
        continue;
      }
      for (const text of Array.from(svg.querySelectorAll('text'))) {
        const box = text.getBBox();
        const inside =
          box.x >= view.x - 0.5 &&
          box.y >= view.y - 0.5 &&
          box.x + box.width <= view.x + view.width + 0.5 &&
          box.y + box.height <= view.y + view.height + 0.5;
        if (!inside)
          problems.push(
            `"${text.textContent}" at ${[box.x, box.y, box.width, box.height].map(Math.round).join(',')} crosses the viewBox ${view.x},${view.y},${view.width},${view.height}`,
          );
      }
    }
    return problems;
  });
}

/**
 * The fonts every element that names its language (`<html lang>`, the language switch, text in
 * another language) is set in, as the browser computed them.
 *
 * @returns Each such element's language and its font families, quotes removed.
 */
export function fontsByLanguage(page: Page): Promise<{ lang: string; fonts: string[] }[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('[lang]')).map((element) => ({
      lang: element.getAttribute('lang')!,
      fonts: getComputedStyle(element)
        .fontFamily.split(',')
        .map((font) => font.trim().replace(/^"(.*)"$/, '$1')),
    })),
  );
}

/**
 * The page's background colour, as computed (to see the colour scheme take effect).
 *
 * @returns The CSS colour.
 */
export function background(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
}
