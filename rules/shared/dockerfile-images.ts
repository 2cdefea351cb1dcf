import type { Instruction, RelatedLocation, Stage, Word } from '../api';

/** How a stage's image was spelled when ARG defaults filled it in: a note for the message and the ARGs as related locations. */
export function expansionNote(stage: Stage): { via: string; related: RelatedLocation[] } {
  const { image } = stage;
  if (!image.expanded) return { via: '', related: [] };
  return {
    via: ` (from ARG default${image.expandedFrom.length > 1 ? 's' : ''} ${image.expandedFrom.map((p) => p.key).join(', ')})`,
    related: image.expandedFrom.map((p) => ({ message: `ARG ${p.key} default`, range: p.valueRange ?? p.range })),
  };
}

/** Windows users are names (`ContainerUser`); kubelet's numeric check does not apply. */
export function isWindowsBase(stage: Stage): boolean {
  const name = stage.image.name?.toLowerCase() ?? '';
  const tag = stage.image.tag?.toLowerCase() ?? '';
  return (
    name.startsWith('mcr.microsoft.com/windows') ||
    /(?:nanoserver|servercore|windowsservercore)/.test(name + ':' + tag) ||
    /ltsc\d{4}/.test(tag)
  );
}

/** The stages whose image is a real base image (not scratch, not an earlier stage, not unknown). */
export function baseImageStages(stages: readonly Stage[]): Stage[] {
  return stages.filter((s) => !s.parent && !s.isScratch && s.image.resolved !== undefined && s.image.name !== undefined);
}

const rootUsers = new Set(['root', '0', 'containeradministrator']);

/** The user of a `USER` instruction of the final stage, expanded; undefined when unknown or not a single word. */
export function userOf(stage: Stage, user: Instruction): { word: Word; value: string; name: string; isRoot: boolean } | undefined {
  const word = user.args[0];
  if (!word || user.args.length !== 1) return undefined;
  const owner = user.stage ?? stage;
  const value = word.value.includes('$') ? owner.expand(word.value, user) : word.value;
  if (value === undefined) return undefined;
  const name = value.split(':')[0].trim().toLowerCase();
  return { word, value, name, isRoot: rootUsers.has(name) };
}
