// End-to-end: events in the graph on the sample page — event nodes drawn (read back from the screenshot), joined
// to their participants and places, toggled from the toolbar, found by search and shown in their own card.
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './browser.fixtures.js';
import { artifactsDir } from './paths.fixtures.js';
import { hex, near, screenshotPixels } from './pixels.fixtures.js';
import { startSqliteViewer } from './server.fixtures.js';
import type { ViewerServer } from './server.fixtures.js';
import { openViewer } from './viewer-page.fixtures.js';

jest.setTimeout(120_000);

/** The event colour of core/graph/colors.ts (the test reads pixels, so it names the colour it looks for). */
const EVENT_COLOUR = hex('#f3a712');

let server: ViewerServer;
let browser: { context: BrowserContext; close(): Promise<void> };

beforeAll(async () => {
  server = await startSqliteViewer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const shot = (name: string) => join(artifactsDir(), `events-${name}.png`);

async function openSettled(query = ''): Promise<Page> {
  const { page, errors } = await openViewer(browser.context, server.url, query);
  await page.waitForSelector('[data-testid=layout-toggle][aria-pressed=false]', { timeout: 30_000 });
  expect(errors).toEqual([]);
  return page;
}

function eventNodes(page: Page) {
  return page.evaluate(() => {
    const handle = window.__shabaka;
    if (!handle) return [];
    return handle.nodeIds().flatMap((id) => {
      const node = handle.node(id);
      if (!node || node.kind !== 'EVENT') return [];
      const neighbours = handle.neighbors(id).map((n) => ({ id: n, kind: handle.node(n)?.kind ?? '' }));
      return [{ id, x: node.x, y: node.y, size: node.size, hidden: node.hidden, neighbours }];
    });
  });
}

/** How many event nodes show the event colour at their centre in a screenshot of the canvas. */
async function eventsDrawn(page: Page, events: { x: number; y: number }[], name: string): Promise<number> {
  const box = await page.locator('[data-testid=graph-canvas]').boundingBox();
  if (!box) throw new Error('events e2e: no graph canvas on the page');
  await page.screenshot({ path: shot(name) });
  const { at } = await screenshotPixels(browser.context, page, box, events);
  return at.filter((rgb) => near(rgb, EVENT_COLOUR)).length;
}

describe('events in the graph (SQLite, sample page)', () => {
  test('events are drawn as their own nodes, joined to participants and places, and toggle off and on', async () => {
    const page = await openSettled();
    const events = await eventNodes(page);
    const stored = await server.store.events({ limit: 5000 });
    expect(stored.length).toBeGreaterThan(0);
    expect(events.map((e) => e.id).sort()).toEqual(stored.map((e) => e.id).sort());
    for (const event of events) {
      expect(event.hidden).toBe(false);
      const summary = stored.find((s) => s.id === event.id);
      const expected = [
        ...(summary?.participants ?? []).map((p) => p.id),
        ...(summary?.location ? [summary.location.id] : []),
      ];
      expect(event.neighbours.map((n) => n.id).sort()).toEqual([...new Set(expected)].sort());
    }
    // The meeting places of the issue no longer hang alone: each is joined to its event.
    const places = stored.flatMap((e) => (e.location ? [e.location.id] : []));
    expect(places.length).toBeGreaterThan(0);
    for (const place of places) expect(events.some((e) => e.neighbours.some((n) => n.id === place))).toBe(true);

    const visible = events.filter((e) => e.x > 0 && e.y > 0);
    const drawn = await eventsDrawn(page, visible, 'on');
    // Some centres may sit under another node; most must show the event colour.
    expect(drawn).toBeGreaterThanOrEqual(Math.ceil(visible.length / 2));

    await page.click('[data-testid=events-toggle]');
    await expect(page.locator('[data-testid=events-toggle]').getAttribute('aria-pressed')).resolves.toBe('false');
    await page.waitForFunction(() => {
      const handle = window.__shabaka;
      return handle?.nodeIds().every((id) => handle.node(id)?.kind !== 'EVENT' || handle.node(id)?.hidden);
    });
    await page.waitForTimeout(300);
    expect(await eventsDrawn(page, visible, 'off')).toBeLessThan(drawn);
    expect(page.url()).toContain('events=off');

    await page.click('[data-testid=events-toggle]');
    await page.waitForFunction(() => {
      const handle = window.__shabaka;
      return handle?.nodeIds().some((id) => handle.node(id)?.kind === 'EVENT' && !handle.node(id)?.hidden);
    });
    await page.close();
  });

  test('the "event" type filter shows only events', async () => {
    const page = await openSettled('?types=EVENT');
    const shown = await page.evaluate(() => {
      const handle = window.__shabaka;
      return (handle?.nodeIds() ?? []).filter((id) => !handle?.node(id)?.hidden).map((id) => handle?.node(id)?.kind);
    });
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set(['EVENT']));
    await page.close();
  });

  test('search finds an event by its place; its card shows type, place, participants and the evidence', async () => {
    const stored = await server.store.events({ limit: 5000 });
    const meeting = stored.find((e) => e.location && e.participants.length >= 2);
    if (!meeting?.location) throw new Error('events e2e: the sample has no meeting with a place and two participants');
    const page = await openSettled();
    await page.fill('[data-testid=search-input]', meeting.location.name);
    const option = page.locator(`[data-testid=search-event-option][data-id="${meeting.id}"]`);
    await option.waitFor({ timeout: 10_000 });
    await option.click();
    const card = page.locator(`[data-testid=event-card][data-id="${meeting.id}"]`);
    await card.waitFor({ timeout: 10_000 });
    await expect(card.locator('[data-testid=event-place]').innerText()).resolves.toContain(meeting.location.name);
    const participants = await card.locator('[data-testid=event-participants] li').allInnerTexts();
    expect(participants).toHaveLength(meeting.participants.length);
    await expect(card.locator('[data-testid=evidence-sentence]').innerText()).resolves.toBe(meeting.evidence.sentence);
    await expect(card.locator('[data-testid=evidence-span]').count()).resolves.toBeGreaterThan(0);
    await expect(card.locator('[data-testid=event-modality]').innerText()).resolves.toBe(meeting.modality);
    expect(page.url()).toContain(`sel=${encodeURIComponent(meeting.id)}`);
    await page.screenshot({ path: shot('card') });

    // And by a participant, in the other script.
    const participant = meeting.participants[0];
    if (!participant) throw new Error('events e2e: meeting without participants');
    await page.fill('[data-testid=search-input]', participant.nameEn);
    await page.locator(`[data-testid=search-event-option][data-id="${meeting.id}"]`).waitFor({ timeout: 10_000 });
    await page.close();
  });

  test('the timeline counts the events; a step hides later events, a brush keeps a range, play ends on all dates', async () => {
    const stored = await server.store.events({ limit: 5000 });
    const when = new Map(stored.map((e) => [e.id, (e.date ?? e.evidence.doc.date ?? '').slice(0, 10)]));
    const page = await openSettled();
    const timeline = page.locator('[data-testid=timeline]');
    await timeline.waitFor();
    const counts = (await page
      .locator('[data-testid=timeline-bar]')
      .evaluateAll((bars) =>
        bars.map((b) => ({ key: b.getAttribute('data-key') ?? '', count: Number(b.getAttribute('data-count')) })),
      )) as { key: string; count: number }[];
    expect(counts.reduce((n, b) => n + b.count, 0)).toBe([...when.values()].filter(Boolean).length);
    const filled = counts.filter((b) => b.count > 0);
    expect(filled.length).toBeGreaterThan(1);
    await page.screenshot({ path: shot('timeline') });

    const hiddenEvents = () =>
      page.evaluate(() => {
        const handle = window.__shabaka;
        return (handle?.nodeIds() ?? []).filter((id) => handle?.node(id)?.kind === 'EVENT' && handle.node(id)?.hidden);
      });
    // One step: the range ends with the first bin that has events; every later event is hidden, no earlier one.
    await page.click('[data-testid=timeline-step]');
    await page.waitForFunction(() => new URL(window.location.href).searchParams.has('to'));
    const to = new URL(page.url()).searchParams.get('to') ?? '';
    const firstKey = filled[0]?.key ?? '';
    expect(to.startsWith(firstKey) || to.slice(0, firstKey.length) === firstKey).toBe(true);
    await page.waitForTimeout(200);
    const expectedHidden = [...when.entries()]
      .filter(([, d]) => d && d.slice(0, to.length) > to)
      .map(([id]) => id)
      .sort();
    expect(expectedHidden.length).toBeGreaterThan(0);
    expect((await hiddenEvents()).sort()).toEqual(expectedHidden);
    await page.screenshot({ path: shot('timeline-step') });

    // A brush over the last bar keeps only its events.
    const lastBar = page.locator(`[data-testid=timeline-bar][data-key="${filled[filled.length - 1]?.key}"]`);
    const box = await lastBar.boundingBox();
    if (!box) throw new Error('events e2e: the last timeline bar is not on screen');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height - 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 1, box.y + box.height - 2);
    await page.mouse.up();
    await page.waitForFunction(() => new URL(window.location.href).searchParams.has('from'));
    const from = new URL(page.url()).searchParams.get('from') ?? '';
    const brushedTo = new URL(page.url()).searchParams.get('to') ?? '';
    await page.waitForTimeout(200);
    // A partial date ('2025') is outside only when no day of it is in the range (the date filter's rule).
    const outside = [...when.entries()]
      .filter(([, d]) => d && (d < from.slice(0, d.length) || d.slice(0, brushedTo.length) > brushedTo))
      .map(([id]) => id)
      .sort();
    expect((await hiddenEvents()).sort()).toEqual(outside);

    // Play walks every filled bin and ends with all dates shown again.
    await page.click('[data-testid=timeline-play]');
    await page.waitForSelector('[data-testid=timeline-play][aria-pressed=false]', { timeout: 60_000 });
    await page.waitForFunction(() => !new URL(window.location.href).searchParams.has('to'));
    expect(await hiddenEvents()).toEqual([]);
    await page.close();
  });

  test('the map draws country outlines, the linked places and the events at them; selection goes both ways', async () => {
    const stored = await server.store.events({ limit: 5000 });
    const placed = stored.filter((e) => e.location && e.location.lat !== null && e.location.lon !== null);
    expect(placed.length).toBeGreaterThan(0);
    const page = await openSettled();
    const map = page.locator('[data-testid=map]');
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid=map]')?.getAttribute('data-outlines')) > 100,
    );
    const box = await map.boundingBox();
    if (!box) throw new Error('events e2e: no map on the page');
    // The map layer is not empty: land is drawn over the sea, with borders and markers in other colours.
    const sea = hex('#eaf2f8');
    const { nonBackground, total } = await screenshotPixels(browser.context, page, box, [], sea, 12);
    expect(nonBackground / total).toBeGreaterThan(0.1);
    await page.screenshot({ path: shot('map') });
    const eventMarkers = await page
      .locator('[data-testid=map-event]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    expect(eventMarkers.sort()).toEqual(placed.map((e) => e.id).sort());
    const placeMarkers = await page
      .locator('[data-testid=map-place]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    for (const event of placed) expect(placeMarkers).toContain(event.location?.id);

    // Map → graph: clicking an event on the map opens its card and selects it on the canvas.
    const event = placed[0];
    if (!event?.location) throw new Error('events e2e: no placed event');
    await page.locator(`[data-testid=map-event][data-id="${event.id}"]`).click();
    await page.locator(`[data-testid=event-card][data-id="${event.id}"]`).waitFor({ timeout: 10_000 });
    expect(new URL(page.url()).searchParams.get('sel')).toBe(event.id);
    await expect(
      page.locator(`[data-testid=map-place][data-id="${event.location.id}"]`).getAttribute('data-on'),
    ).resolves.toBe('true');

    // Graph → map: selecting a participant on the graph highlights the place of its event.
    const participant = event.participants[0];
    if (!participant) throw new Error('events e2e: event without participants');
    await page.goto(`${server.url}/?sel=${encodeURIComponent(participant.id)}`);
    await page
      .locator(`[data-testid=map-place][data-id="${event.location.id}"][data-on=true]`)
      .waitFor({ timeout: 20_000 });
    await page.screenshot({ path: shot('map-selected') });
    await page.close();
  });
});
