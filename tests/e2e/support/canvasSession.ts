import type { Page } from '@playwright/test';
import { serialiseDocument } from '../../../shared/format';
import type { McredDocument } from '../../../shared/model';
import { createSampleDocument } from '../../../shared/sample';
import { makeMap } from '../../helpers/builders';
import { CanvasPage } from '../pages/CanvasPage';
import { useHostPerTest } from './browserHost';

/**
 * Each canvas test gets its own temp folder and browser host, stopped afterwards. Call at
 * the top of a spec file; the returned functions open a map in the page.
 */
export function useCanvasSession() {
  const session = useHostPerTest();

  async function open(page: Page, name: string, doc: McredDocument): Promise<CanvasPage> {
    const file = await session.folder.write(name, serialiseDocument(doc));
    const host = await session.start([file]);
    await page.goto(host.url);
    const canvas = new CanvasPage(page);
    await canvas.waitReady();
    return canvas;
  }

  return {
    openEmptyMap: (page: Page) => open(page, 'empty.mcred', makeMap({ settings: { title: 'Empty test map' } })),
    openExample: (page: Page) => open(page, 'example.mcred', createSampleDocument()),
  };
}
