// One evidence sentence with its evidence span and the entity's mention highlighted — React text nodes only,
// never HTML from data.
import type { EvidenceView } from '@shabaka/schema';
import { findMention, highlightSegments } from '../core/evidence/highlight.js';

export function EvidenceSentence({ evidence, names }: { evidence: EvidenceView; names: readonly string[] }) {
  const mention = findMention(evidence.sentence, names, evidence.start, evidence.end);
  const segments = highlightSegments(evidence.sentence, evidence.start, evidence.end, mention);
  const { doc } = evidence;
  return (
    <li className="evidence" data-testid="evidence-item">
      <p dir="auto" className="sentence" data-testid="evidence-sentence">
        {segments.map((segment, i) =>
          segment.kind === 'mention' ? (
            <mark key={i} data-testid="evidence-mark">
              {segment.text}
            </mark>
          ) : segment.kind === 'span' ? (
            <span key={i} className="evidence-span" data-testid="evidence-span">
              {segment.text}
            </span>
          ) : (
            segment.text
          ),
        )}
      </p>
      <div className="evidence-meta">
        {evidence.predicate && <span className="predicate">{evidence.predicate}</span>}
        <span className="confidence" title="extractor confidence">
          {Math.round(evidence.confidence * 100)}%
        </span>
        <span dir="auto" className="doc-title" data-testid="evidence-doc">
          {doc.url && /^https?:\/\//i.test(doc.url) ? (
            <a href={doc.url} target="_blank" rel="noopener noreferrer">
              {doc.title}
            </a>
          ) : (
            doc.title
          )}
        </span>
        {doc.source && <span className="source">{doc.source}</span>}
        {doc.date && <time>{doc.date}</time>}
      </div>
    </li>
  );
}
