import { readFileSync, statSync } from 'node:fs';
import type { ControlEvidence } from './catalogue/controls';
import { contentHash } from './flow/workspaceIndex';
import type { OutlineFacts } from './flow/buildWorkspaceIndex';
import { hashText, readScannableFile, type FileCandidate, type FileStamp, type SkipReason } from './workspaceFiles';

/**
 * A file as one scan knows it: read now, or unchanged since the last scan kept what a scan needs of it (its hashes,
 * size, outline, evidence) — then its text is read only if something asks for it (a parse, findings to compute).
 */
export interface ScannedText {
  /** SHA-256 of the text (`hashText`): the scan cache's and the digest's. */
  readonly hash: string;
  /** UTF-8 size. */
  readonly bytes: number;
  /** Size and mtime, taken before the read (none for a file that could not be stat'ed). */
  readonly stamp?: FileStamp;
  /** The text ('' when a file known from the cache could not be read when asked for: then `unreadable`). */
  text(): string;
  /** The file went (or became unreadable) between its stat and the read its text needed. */
  readonly unreadable: boolean;
  /** The cross-file index's hash of the text (`contentHash`). */
  indexHash(): string;
  /** What the index build reads of the file without parsing it, once computed (or kept). */
  outline?: OutlineFacts;
  /** Where the file shows a required control in place, once computed (or kept). */
  evidence?: ControlEvidence[];
  /** What the next scan keeps of it (the text itself never). */
  keep(): KeptText;
}

export type ScannedFile = ScannedText | { skipped: SkipReason; stamp?: FileStamp };

/** What the last scan kept of a file that lets the next one know it without reading it. */
export interface KeptText {
  hash: string;
  stamp?: FileStamp;
  bytes?: number;
  indexHash?: string;
  skipped?: SkipReason;
  outline?: OutlineFacts;
  evidence?: ControlEvidence[];
}

/**
 * A file stamped at or after this long before the last scan began may have changed again within the same mtime
 * (file systems keep mtimes to 2 s at worst): its stamp proves nothing and it is read (as git does for "racily clean"
 * files). The same window as the whole-tree cache's.
 */
export const RACY_MS = 2000;

/**
 * The texts of one scan's files, each read at most once, shared by the index build and the rules. A file whose size
 * and mtime are what the last scan stamped, stamped well before that scan began, is taken as unchanged and not read
 * unless its text is asked for.
 */
export class FileTexts {
  private readonly known = new Map<string, ScannedFile>();
  /** How many files' contents this scan read (a file the cache knows unchanged is read only when its text is asked for). */
  filesRead = 0;

  constructor(
    private readonly maxFileSize: number,
    /** What the last scan kept, by file as the scan names it, and when that scan began. */
    private readonly kept?: { files: ReadonlyMap<string, KeptText>; startedAt: number },
  ) {}

  get(file: FileCandidate): ScannedFile {
    let found = this.known.get(file.relative);
    if (!found) this.known.set(file.relative, (found = this.keptUnchanged(file) ?? this.read(file)));
    return found;
  }

  /** The scan is done with the file: its text can go. */
  release(relative: string): void {
    this.known.delete(relative);
  }

  private keptUnchanged(file: FileCandidate): ScannedFile | undefined {
    const before = this.kept?.files.get(file.relative);
    if (!before?.stamp || before.stamp.mtimeMs >= this.kept!.startedAt - RACY_MS) return undefined;
    const stat = statSync(file.absolute, { throwIfNoEntry: false });
    if (!stat || stat.size !== before.stamp.size || stat.mtimeMs !== before.stamp.mtimeMs) return undefined;
    if (before.skipped) return before.skipped === 'too-large' && stat.size <= this.maxFileSize ? undefined : { skipped: before.skipped, stamp: before.stamp };
    if (before.bytes === undefined) return undefined;
    // (Changed since it was stat'ed: what is read is what the scan looks at; the next scan's stat sees the change.)
    return new Text(before.hash, before.bytes, before.stamp, () => (this.filesRead++, readFileSync(file.absolute, 'utf8')), before);
  }

  private read(file: FileCandidate): ScannedFile {
    const read = readScannableFile(file.absolute, this.maxFileSize);
    if (!('skipped' in read) || read.skipped === 'binary' || read.skipped === 'minified') this.filesRead++;
    if ('skipped' in read) return read;
    return new Text(hashText(read.text), read.bytes, read.stamp, () => read.text);
  }
}

class Text implements ScannedText {
  private loaded?: string;
  private indexHashOf?: string;
  unreadable = false;
  outline?: OutlineFacts;
  evidence?: ControlEvidence[];

  constructor(
    readonly hash: string,
    readonly bytes: number,
    readonly stamp: FileStamp | undefined,
    private readonly load: () => string,
    before?: KeptText,
  ) {
    this.indexHashOf = before?.indexHash;
    this.outline = before?.outline;
    this.evidence = before?.evidence;
  }

  text(): string {
    if (this.loaded === undefined) {
      try {
        this.loaded = this.load();
      } catch {
        this.loaded = '';
        this.unreadable = true; // the scan reports it unreadable, as it would a file it could not read at first
      }
    }
    return this.loaded;
  }

  indexHash(): string {
    return (this.indexHashOf ??= contentHash(this.text()));
  }

  /** (The index's hash only if it was needed.) */
  keep(): KeptText {
    return { hash: this.hash, stamp: this.stamp, bytes: this.bytes, indexHash: this.indexHashOf, outline: this.outline, evidence: this.evidence };
  }
}

/** What the next scan keeps of a file it read or knew (the text itself is never kept). */
export function keptTextOf(file: ScannedFile): KeptText {
  return 'skipped' in file ? { hash: '', stamp: file.stamp, skipped: file.skipped } : file.keep();
}
