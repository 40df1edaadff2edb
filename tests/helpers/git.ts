import { execFileSync } from 'node:child_process';

/** Runs git in a folder as a fixed author, at a given date (for reproducible histories). */
export function gitAt(dir: string) {
  return (args: string[], date: string) =>
    execFileSync('git', args, {
      cwd: dir,
      env: {
        ...process.env,
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date,
        GIT_AUTHOR_NAME: 'Editor',
        GIT_AUTHOR_EMAIL: 'editor@example.org',
        GIT_COMMITTER_NAME: 'Editor',
        GIT_COMMITTER_EMAIL: 'editor@example.org',
      },
    });
}
