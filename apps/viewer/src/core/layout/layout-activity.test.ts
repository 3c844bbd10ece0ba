import { describe, expect, test } from '@jest/globals';
import { isLayoutActive, onLayoutActivity, setLayoutActive } from './layout-activity.js';
import { lineGraph } from './test-graph.fixtures.js';

describe('layout activity', () => {
  test('listeners hear each change once, per graph, until they unsubscribe', () => {
    const graph = lineGraph(2);
    const other = lineGraph(2);
    const heard: boolean[] = [];
    const off = onLayoutActivity(graph, (running) => heard.push(running));
    setLayoutActive(graph, true);
    setLayoutActive(graph, true);
    setLayoutActive(other, true);
    expect(isLayoutActive(graph)).toBe(true);
    setLayoutActive(graph, false);
    off();
    setLayoutActive(graph, true);
    expect(heard).toEqual([true, false]);
    expect(isLayoutActive(other)).toBe(true);
  });
});
