/** What the running Word can do for reading, from its requirement sets (Office.context.requirements). */
import type { HostCapabilities } from '../document/host';

export type IsSetSupported = (name: string, version: string) => boolean;

export interface WordReadCapabilities {
  /** WordApi 1.3: styleBuiltIn, isListItem, tableNestingLevel, *OrNullObject. The floor of this add-in. */
  core: boolean;
  /** WordApi 1.4: Paragraph.getReviewedText('Current') gives the text with tracked deletions left out. */
  reviewedText: boolean;
  /** WordApi 1.6: body.getTrackedChanges() tells whether there are tracked deletions at all. */
  trackedChanges: boolean;
  /** WordApiDesktop 1.3: Font.allCaps. */
  allCaps: boolean;
}

/** Office's own check, when Office.js is loaded; otherwise nothing beyond what the caller passes. */
export function officeIsSetSupported(): IsSetSupported {
  return (name, version) => {
    try {
      return typeof Office !== 'undefined' && Office.context.requirements.isSetSupported(name, version);
    } catch {
      return false;
    }
  };
}

export function readCapabilities(isSetSupported: IsSetSupported): WordReadCapabilities {
  return {
    core: isSetSupported('WordApi', '1.3'),
    reviewedText: isSetSupported('WordApi', '1.4'),
    trackedChanges: isSetSupported('WordApi', '1.6'),
    allCaps: isSetSupported('WordApiDesktop', '1.3'),
  };
}

/** The same capabilities without the optional features: for hosts whose isSetSupported claims more than works. */
export function withoutOptional(capabilities: WordReadCapabilities): WordReadCapabilities {
  return { core: capabilities.core, reviewedText: false, trackedChanges: false, allCaps: false };
}

export function usesOptional(capabilities: WordReadCapabilities): boolean {
  return capabilities.reviewedText || capabilities.trackedChanges || capabilities.allCaps;
}

/** The highest WordApi 1.x the host reports (the sets are cumulative), 0 when none. */
export function wordApiMinor(isSetSupported: IsSetSupported): number {
  let minor = 0;
  while (minor < 20 && isSetSupported('WordApi', `1.${minor + 1}`)) minor++;
  return minor;
}

/** What the Word host offers the task pane (comments need WordApi 1.4: Word 2021 perpetual stops at 1.3). */
export function wordHostCapabilities(isSetSupported: IsSetSupported): HostCapabilities {
  const minor = wordApiMinor(isSetSupported);
  return {
    comments: isSetSupported('WordApi', '1.4'),
    contentControls: isSetSupported('WordApi', '1.1'),
    documentSettings: true,
    formatFixes: true,
    textFixes: true,
    description: minor > 0 ? `Word (WordApi 1.${minor})` : 'Word',
  };
}
