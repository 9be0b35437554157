/** An on-screen preview of an official document (the same data the .docx is made from), A4-like. */
import type { OfficialDocument } from '../../../../src/modules/documents/index.js';
import { vietnameseDatePhrase } from '../../../../src/modules/documents/domain/vietnamese-date.js';

const upper = (s: string) => s.toUpperCase();

/** `numberLine` comes from the server ("Số: 05/QĐ-UBND"), so the preview prints what the .docx prints. */
export function DocumentPreview({ doc, numberLine }: { doc: OfficialDocument; numberLine: string }) {
  const bases = doc.bases ?? [];
  return (
    <div className="doc-paper" data-testid="decision-preview">
      <div className="doc-header">
        <div className="doc-issuer">
          {doc.issuer.superior && <div>{upper(doc.issuer.superior)}</div>}
          {doc.issuer.name.split('\n').map((l) => <div key={l}><b>{upper(l)}</b></div>)}
          <hr />
          <div>{numberLine}</div>
        </div>
        <div className="doc-motto">
          <div><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></div>
          <div><b>Độc lập - Tự do - Hạnh phúc</b></div>
          <hr />
          <div><i>{vietnameseDatePhrase(doc.issuer.place, doc.date)}</i></div>
        </div>
      </div>
      <div className="doc-title"><b>QUYẾT ĐỊNH</b><div><b>{doc.summary}</b></div></div>
      {doc.authority && <div className="doc-title"><b>{upper(doc.authority)}</b></div>}
      {bases.map((b, i) => <p key={b} className="doc-basis"><i>{b.replace(/[;,.]$/, '')}{i === bases.length - 1 ? ',' : ';'}</i></p>)}
      <div className="doc-title"><b>QUYẾT ĐỊNH:</b></div>
      {(doc.articles ?? []).map((a, i) => <p key={a.paragraphs[0]}><b>Điều {i + 1}.</b> {a.paragraphs.join(' ')}{i === (doc.articles?.length ?? 0) - 1 ? '/.' : ''}</p>)}
      <div className="doc-footer">
        <div className="doc-recipients"><b><i>Nơi nhận:</i></b>{doc.recipients.map((r) => <div key={r}>- {r};</div>)}</div>
        <div className="doc-sign">
          {doc.signature.mode && <div><b>{doc.signature.mode}. {upper(doc.signature.onBehalfOf ?? '')}</b></div>}
          <div><b>{upper(doc.signature.title)}</b></div>
          <div className="doc-sign-space" />
          <div><b>{doc.signature.name}</b></div>
        </div>
      </div>
      {doc.annex && (
        <div className="doc-annex">
          <div className="doc-title"><b>{upper(doc.annex.title)}</b></div>
          <table>
            <thead><tr><th>STT</th>{doc.annex.columns.map((c) => <th key={c.title}>{c.title}</th>)}</tr></thead>
            <tbody>
              {(() => {
                let n = 0;
                return doc.annex.rows.map((r, i) => Array.isArray(r)
                  ? <tr key={i}><td>{++n}</td>{r.map((c, j) => <td key={j} style={{ textAlign: doc.annex!.columns[j]?.align ?? 'left' }}>{c}</td>)}</tr>
                  : (n = 0, <tr key={i}><td colSpan={doc.annex!.columns.length + 1}><b>{r.group}</b></td></tr>));
              })()}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
