/**
 * A worker thread of the emails integration: writes every edition's emails,
 * then reports how many files. Runs on Node directly (type stripping),
 * outside Vite, so it imports only plain TypeScript.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { writeEditionEmails } from '../lib/email/write-emails.ts';

const files = await writeEditionEmails(workerData as Parameters<typeof writeEditionEmails>[0]);
parentPort!.postMessage(files.length);
