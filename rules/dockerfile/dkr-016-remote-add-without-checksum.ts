import { defineRule } from '../api';
import { instructionsWithTriggers } from '../shared/dockerfile-scripts';

export default defineRule({
  id: 'DKR-016',
  title: 'Pin files that ADD downloads with a checksum',
  target: 'dockerfile',
  severity: 'low',
  preset: 'strict',
  requirements: ['4.5'],
  frameworks: { iso27001: ['A.8.19'], nist80053: ['SI-7', 'SR-4'] },
  docs: {
    rationale:
      'https authenticates the server, not the file: when a release asset is replaced, or the project is taken over, ' +
      'the next build silently ships the new content. `ADD --checksum` fails the build instead. Git sources ' +
      '(`https://…/repo.git#ref`) are not reported; plain-http downloads are reported by DKR-011.',
    remediation: 'Add `--checksum=sha256:<digest>` to the ADD instruction (Dockerfile syntax 1.6 or later) and update it with the URL.',
  },
  messages: {
    noChecksum: 'ADD downloads {{url}} without --checksum: a changed file is not noticed.',
  },
  examples: {
    bad: 'FROM alpine:3.22\nADD https://example.com/tool.tar.gz /tmp/\n',
    good: 'FROM alpine:3.22\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool.tar.gz /tmp/\n',
  },
  check({ file, report }) {
    for (const instruction of instructionsWithTriggers(file.instructions)) {
      if (instruction.keyword !== 'ADD' || instruction.flag('checksum')) continue;
      for (const source of instruction.args.slice(0, -1)) {
        const url = source.value;
        if (!/^https:\/\//i.test(url) || /\.git(?:#|$)/i.test(url) || url.includes('.git#')) continue;
        report({ at: source.range, messageId: 'noChecksum', data: { url } });
      }
    }
  },
});
