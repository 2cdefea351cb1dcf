import { defineRule } from '../api';
import { commandName, instructionsWithTriggers, runCommands } from '../shared/dockerfile-scripts';

/** `| sh`, `| sudo -E bash`, `|/bin/bash -s --` right after the download command. */
const pipeToShell = /^[ \t]{0,20}\|[ \t]{0,20}(?:sudo[ \t]{1,5}(?:-[A-Za-z]{1,5}[ \t]{1,5}){0,3})?(?:\/usr\/bin\/|\/bin\/)?(bash|sh|zsh|dash|ash|ksh|python3?|perl|ruby|node)(?![\w.-])/;

export default defineRule({
  id: 'DKR-014',
  title: 'Do not pipe downloaded scripts into a shell',
  target: 'dockerfile',
  severity: 'medium',
  preset: 'strict',
  requirements: ['4.4', '4.5'],
  frameworks: { iso27001: ['A.8.19'], nist80053: ['SI-7', 'CM-14'], cis: ['CIS Docker Benchmark v1.6.0 4.11'] },
  docs: {
    rationale:
      '`curl … | sh` runs whatever the server returns at build time, as root, with no record of what it was: a ' +
      'compromised or changed installer goes straight into the image, and a dropped connection can run half a script. ' +
      'Even over https only the server is authenticated, not the content.',
    remediation:
      'Download the script or release archive to a file, check it against a pinned checksum or signature ' +
      '(`sha256sum -c`, `gpg --verify`, `ADD --checksum=sha256:…`), then run it; or install the tool from a signed package repository.',
  },
  messages: {
    piped: '{{tool}} output is piped into {{shell}} without checking what was downloaded.',
  },
  examples: {
    bad: 'FROM debian:13-slim\nRUN curl -fsSL https://example.com/install.sh | sh\n',
    good:
      'FROM debian:13-slim\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/install.sh /tmp/install.sh\nRUN sh /tmp/install.sh\n',
  },
  check({ file, report }) {
    for (const instruction of instructionsWithTriggers(file.instructions)) {
      if (instruction.keyword !== 'RUN') continue;
      for (const command of runCommands(instruction)) {
        const tool = commandName(command);
        if ((tool !== 'curl' && tool !== 'wget') || !command.args.some((a) => /^https?:\/\//i.test(a.value))) continue;
        const words = command.words;
        const last = words[words.length - 1];
        const tail = command.source.text.slice(last.end, last.end + 120);
        const match = pipeToShell.exec(tail);
        if (!match) continue;
        const end = last.end + match[0].length;
        report({ at: command.source.rangeOf(command.name!.start, end), messageId: 'piped', data: { tool, shell: match[1] } });
      }
    }
  },
});
