import { useState } from 'react';

import { parseMethodList } from '../../../core/scanner/scan';
import { Panel } from '../../components/Panel';
import { StatusNote } from '../../components/StatusNote';
import { FunctionCalls } from './FunctionCalls';
import { FileRanking, FunctionRanking, functionKey } from './RankingTables';
import type { PickedFile } from './read-sources';
import { SourcePicker } from './SourcePicker';
import { sourceHotspotsStrings as text } from './source-hotspots-strings';
import { useSourceScan } from './useSourceScan';
import type { PickedSources, SourceScan } from './useSourceScan';
import './source-hotspots.css';

/**
 * Source hotspots (#8): pick Python sources, see files and functions ranked
 * by calls of `read_all` (or other names), open a function to read its call
 * lines in context. Needs no ledger.
 */
export function SourceHotspotsView() {
  const [picked, setPicked] = useState<PickedSources | null>(null);
  const [methodsText, setMethodsText] = useState('read_all');
  const [selected, setSelected] = useState<string | null>(null);
  const methods = parseMethodList(methodsText);
  const scan = useSourceScan(picked, methods.ok ? methods.value : null);

  const onFiles = (files: PickedFile[]) => {
    setSelected(null);
    setPicked((last) => ({ generation: (last?.generation ?? 0) + 1, files }));
  };

  return (
    <div className="tks-source-hotspots">
      <Panel title={text.pickerTitle}>
        <SourcePicker
          methods={methodsText}
          methodsError={methods.ok ? null : methods.error.message}
          onMethods={setMethodsText}
          onFiles={onFiles}
        />
        <ScanStatus picked={picked} scan={scan} />
      </Panel>
      {scan.data === undefined ? null : (
        <ScanResults scan={scan.data} selected={selected} onSelect={setSelected} />
      )}
    </div>
  );
}

interface StatusProps {
  readonly picked: PickedSources | null;
  readonly scan: ReturnType<typeof useSourceScan>;
}

function ScanStatus({ picked, scan }: StatusProps) {
  if (picked === null) {
    return <StatusNote>{text.none}</StatusNote>;
  }
  if (scan.isFetching) {
    return <StatusNote busy>{text.scanning}</StatusNote>;
  }
  if (scan.error !== null) {
    return <p role="alert">{text.failed(scan.error.message)}</p>;
  }
  const report = scan.data?.report;
  if (report === undefined) {
    return null;
  }
  if (report.filesScanned === 0) {
    return <StatusNote>{text.noPython}</StatusNote>;
  }
  return <ScanSummary scan={scan.data as SourceScan} />;
}

function ScanSummary({ scan }: { scan: SourceScan }) {
  const { report } = scan;
  const names = report.methods.join(', ');
  return (
    <div role="status" className="tks-source-summary">
      <p>{text.summary(report.total, names, report.files.length, report.filesScanned)}</p>
      {report.methods.length > 1 ? (
        <p>
          {text.perMethod}:{' '}
          {report.methods.map((m) => `${m} ${report.byMethod[m] ?? 0}`).join(', ')}
        </p>
      ) : null}
      {report.warnings.length > 0 ? <p>{text.warnings(report.warnings.length)}</p> : null}
    </div>
  );
}

interface ResultsProps {
  readonly scan: SourceScan;
  readonly selected: string | null;
  readonly onSelect: (key: string) => void;
}

function ScanResults({ scan, selected, onSelect }: ResultsProps) {
  const { report } = scan;
  const chosen = report.functions.find((fn) => functionKey(fn) === selected);
  return (
    <div className="tks-source-results">
      <Panel title={text.functionsTitle}>
        <FunctionRanking
          functions={report.functions}
          selected={selected}
          onSelect={onSelect}
        />
      </Panel>
      <div className="tks-source-side">
        <Panel title={text.callsTitle}>
          {chosen === undefined ? (
            <StatusNote>{text.pickFunction}</StatusNote>
          ) : (
            <FunctionCalls fn={chosen} source={scan.texts.get(chosen.file)} />
          )}
        </Panel>
        <Panel title={text.filesTitle}>
          <FileRanking files={report.files} />
        </Panel>
      </div>
    </div>
  );
}
