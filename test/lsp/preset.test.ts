import { afterEach, describe, expect, it } from 'vitest';
import type { AnyRule } from '../../server/src/engine/rule';
import { InProcessClient } from '../helpers/lsp-client';
import { wordRule } from '../helpers/synthetic';

const uri = 'file:///work/Dockerfile';
const strictRule: AnyRule = { ...(wordRule as unknown as AnyRule), id: 'DKR-930', preset: 'strict' };
let client: InProcessClient;

afterEach(() => client?.dispose());

describe('shiftguard.preset', () => {
  it('leaves strict rules out by default and runs them once the setting says strict', async () => {
    client = new InProcessClient({ rules: [wordRule as unknown as AnyRule, strictRule], offThread: false });
    await client.initialize();
    const first = client.diagnostics(uri);
    await client.open(uri, 'dockerfile', 'FROM x\nRUN bad\n');
    expect((await first).diagnostics.map((d) => d.code)).toEqual(['DKR-900']);

    client.settings = { preset: 'strict' };
    const both = client.diagnostics(uri, (p) => p.diagnostics.length === 2);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    expect((await both).diagnostics.map((d) => d.code).sort()).toEqual(['DKR-900', 'DKR-930']);

    client.settings = { preset: 'recommended' };
    const back = client.diagnostics(uri, (p) => p.diagnostics.length === 1);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    expect((await back).diagnostics.map((d) => d.code)).toEqual(['DKR-900']);
  }, 20_000);
});
