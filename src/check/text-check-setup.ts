import { checkDataset } from './check.ts';
import { splitRequirementFiles, textCheckSetup, type TextCheckSetup } from './requirements.ts';
import type { TextFile } from './types.ts';

/**
 * The text check's setup from the requirement files alone (/tjek/'s worker, which has them bundled): they are checked
 * as the build checks them, and the current catalogue with keywords is chosen as everywhere (textCheckSetup).
 */
export function textCheckSetupFromFiles(requirementFiles: readonly TextFile[], today: string): TextCheckSetup | undefined {
  return textCheckSetup(checkDataset({ ...splitRequirementFiles(requirementFiles), documents: [], sourceTexts: {}, absentSources: 'not-supplied', today }));
}
