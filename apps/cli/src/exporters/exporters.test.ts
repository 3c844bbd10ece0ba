import { describe, expect, it } from '@jest/globals';
import type { GraphData } from '@shabaka/schema';
import { toGraphml } from './graphml.js';
import { csvField, toNeo4jCsv } from './neo4j-csv.js';

const graph: GraphData = {
  nodes: [
    {
      id: 'per_1',
      label: 'هاكان فيدان',
      labelEn: 'Hakan Fidan',
      kind: 'PERSON',
      attributes: { aliases: ['فيدان', 'Fidan'] },
    },
    { id: 'loc_1', label: 'تركيا', labelEn: 'Turkey', kind: 'LOCATION', subtype: 'COUNTRY', attributes: { iso: 'TR' } },
  ],
  edges: [
    { id: 'rel_1', source: 'per_1', target: 'loc_1', type: 'HOLDS_ROLE', weight: 2, role: 'وزير الخارجية, "أول"' },
  ],
};

describe('toNeo4jCsv', () => {
  it('writes neo4j-admin headers, labels, array fields and quoted values', () => {
    const { nodes, relationships } = toNeo4jCsv(graph);
    expect(nodes.split('\n')).toEqual([
      'id:ID,:LABEL,name,nameEn,subtype,aliases:string[],wikidata,iso',
      'per_1,Entity;Person,هاكان فيدان,Hakan Fidan,,فيدان;Fidan,,',
      'loc_1,Entity;Location,تركيا,Turkey,COUNTRY,,,TR',
      '',
    ]);
    expect(relationships.split('\n')[1]).toBe('per_1,loc_1,HOLDS_ROLE,2,"وزير الخارجية, ""أول""",,,');
  });

  it('quotes only when needed', () => {
    expect(csvField('a')).toBe('a');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField(null)).toBe('');
  });
});

describe('toGraphml', () => {
  it('writes every node and edge with escaped values', () => {
    const xml = toGraphml(graph);
    expect(xml).toContain(
      '<node id="per_1"><data key="label">هاكان فيدان</data><data key="nameEn">Hakan Fidan</data><data key="kind">PERSON</data></node>',
    );
    expect(xml).toContain(
      '<edge id="rel_1" source="per_1" target="loc_1"><data key="type">HOLDS_ROLE</data><data key="role">وزير الخارجية, &quot;أول&quot;</data><data key="weight">2</data></edge>',
    );
    expect(xml.match(/<node /g)).toHaveLength(2);
  });
});
