import type { FileHotspot, FunctionHotspot } from '../../../core/scanner/scan-types';
import { sourceHotspotsStrings as text } from './source-hotspots-strings';

/** Identifies a function across files. */
export function functionKey(fn: Pick<FunctionHotspot, 'file' | 'name'>): string {
  return `${fn.file}\u0000${fn.name}`;
}

/** Files with calls, most first. */
export function FileRanking({ files }: { files: readonly FileHotspot[] }) {
  return (
    <div className="tks-table-scroll">
      <table className="tks-source-table" aria-label={text.filesTable}>
        <thead>
          <tr>
            <th scope="col">{text.columns.rank}</th>
            <th scope="col">{text.columns.file}</th>
            <th scope="col" className="tks-col-number">
              {text.columns.calls}
            </th>
          </tr>
        </thead>
        <tbody>
          {files.map((file, index) => (
            <tr key={file.path}>
              <td>{index + 1}</td>
              <td className="tks-source-path">{file.path}</td>
              <td className="tks-col-number">{file.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface FunctionRankingProps {
  readonly functions: readonly FunctionHotspot[];
  readonly selected: string | null;
  readonly onSelect: (key: string) => void;
}

/** Functions with calls, most first; a row's button opens its call lines. */
export function FunctionRanking({ functions, selected, onSelect }: FunctionRankingProps) {
  return (
    <div className="tks-table-scroll">
      <table className="tks-source-table" aria-label={text.functionsTable}>
        <thead>
          <tr>
            <th scope="col">{text.columns.rank}</th>
            <th scope="col">{text.columns.function}</th>
            <th scope="col">{text.columns.file}</th>
            <th scope="col" className="tks-col-number">
              {text.columns.calls}
            </th>
            <th scope="col">{text.columns.lines}</th>
          </tr>
        </thead>
        <tbody>
          {functions.map((fn, index) => (
            <FunctionRow
              key={functionKey(fn)}
              fn={fn}
              rank={index + 1}
              selected={functionKey(fn) === selected}
              onSelect={onSelect}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface FunctionRowProps {
  readonly fn: FunctionHotspot;
  readonly rank: number;
  readonly selected: boolean;
  readonly onSelect: (key: string) => void;
}

function FunctionRow({ fn, rank, selected, onSelect }: FunctionRowProps) {
  return (
    <tr
      className={selected ? 'tks-source-row tks-source-row-selected' : 'tks-source-row'}
    >
      <td>{rank}</td>
      <td>
        <button
          type="button"
          className="tks-source-link"
          aria-pressed={selected}
          onClick={() => onSelect(functionKey(fn))}
        >
          {fn.name}
        </button>
        {fn.count > 1 ? (
          <span className="tks-source-critical">{text.critical}</span>
        ) : null}
      </td>
      <td className="tks-source-path">{fn.file}</td>
      <td className="tks-col-number">{fn.count}</td>
      <td className="tks-source-lines">{fn.lines.join(', ')}</td>
    </tr>
  );
}
