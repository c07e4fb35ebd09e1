import { jsonPath, type DataWarning } from '../model/problems.js';
import type { CentreSources, RawCentre } from './centre.js';
import type { Path } from './read.js';
import type { RawTerm } from './terms.js';

const CENTRE = /^\$\.centres\[(\d+)\](?:\.([A-Za-z]+)(?:\[(\d+)\])?)?(.*)$/;
const TERM = /^\$\.taxonomy\[(\d+)\](.*)$/;

/**
 * Points a warning of the dataset check at the HSDS input: `$.centres[0].channels[1].value`
 * becomes the path of the phone it was made from. The kit's own path stays in the reason, so
 * nothing of what the check said is lost.
 */
export function toInputPath(
  warning: DataWarning,
  centres: readonly CentreSources[],
  taxonomy: readonly RawTerm[],
  termSources: ReadonlyMap<string, Path>,
): DataWarning {
  const rewrite = (path: Path | undefined): DataWarning =>
    path
      ? { ...warning, path: jsonPath(path), reason: `${warning.path.replace(/^\$\./, '')}: ${warning.reason}` }
      : warning;
  const centre = CENTRE.exec(warning.path);
  if (centre) {
    const sources = centres[Number(centre[1])];
    if (!sources) return warning;
    const field = centre[2] as keyof RawCentre | undefined;
    if (field === 'channels' && centre[3] !== undefined)
      return rewrite(sources.channels[Number(centre[3])] ?? sources.record);
    return rewrite((field && sources.fields[field]) ?? sources.record);
  }
  const term = TERM.exec(warning.path);
  if (term) {
    const id = taxonomy[Number(term[1])]?.id;
    return rewrite(id === undefined ? undefined : termSources.get(id));
  }
  return warning;
}
