/**
 * The sign-in screen without a repository: the page holds, in each language,
 * how to connect one (`<template id="no-repository">`, see `adminPage`); this
 * shows the editor's language's note under the sign-in buttons, where the
 * GitHub ones would be (the settings offer no sign-in method then, see
 * `src/lib/editor/sign-in.ts`). Sveltia CMS draws the screen again as it
 * likes, so the note is put back whenever it is gone.
 */
import { editorLanguage } from './language.ts';

const notes = document.querySelector<HTMLTemplateElement>('template#no-repository');
const note = notes?.content.querySelector<HTMLElement>(`p[lang="${editorLanguage()}"]`) ?? notes?.content.querySelector<HTMLElement>('p');

/** Puts the note after the sign-in screen's buttons, if the screen is showing and the note is not. */
function showNote(text: HTMLElement): void {
  const buttons = document.querySelector('h1 ~ .buttons');
  if (!buttons || buttons.nextElementSibling?.id === 'no-repository-note') return;
  document.getElementById('no-repository-note')?.remove();
  const shown = text.cloneNode(true) as HTMLElement;
  shown.id = 'no-repository-note';
  shown.setAttribute('role', 'note');
  shown.style.maxWidth = '40em';
  shown.style.textAlign = 'center';
  buttons.after(shown);
}

if (note) {
  const observer = new MutationObserver(() => showNote(note));
  observer.observe(document.body, { childList: true, subtree: true });
}
