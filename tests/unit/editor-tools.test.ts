import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { article, contentFixture, FIXTURE_CONTENT, validArticle } from '../helpers/content-fixture.ts';
import { gitAt } from '../helpers/git.ts';
import { withLocale } from '../helpers/locale.ts';
import { TRILINGUAL_CONFIG, TRILINGUAL_CONTENT } from '../helpers/fixtures.ts';

const ROOT = resolve(import.meta.dirname, '../..');
let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

function fixture(changes: Record<string, string | null> = {}, from?: string) {
  const f = contentFixture(changes, from);
  cleanups.push(f.cleanup);
  return f.dir;
}

/** Runs an editors' command the way `npm run` does, on the pinned Node, on a machine whose locale is British English unless `locale` says. */
function run(script: string, args: string[], cwd = ROOT, locale = 'en_GB.UTF-8') {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', script), ...args], { cwd, encoding: 'utf8', env: withLocale(locale) });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

/** A fingerprint of every file under a folder: path → hash. */
function snapshot(dir: string): Record<string, string> {
  const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
  return Object.fromEntries(walk(dir).map((f) => [f, createHash('sha256').update(readFileSync(f)).digest('hex')]));
}

describe('npm run new', () => {
  it('creates a file with complete frontmatter and an accent-folded slug, which check accepts once filled in', () => {
    const dir = fixture();
    const made = run('new.ts', ['--content', dir, '--lang', 'es', '--title', 'Montaña Azul: cosecha récord', '--edition', '2016-02']);
    expect(made.status).toBe(0);
    const file = join(dir, 'articles/es/montana-azul-cosecha-record.md');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('title: "Montaña Azul: cosecha récord"');
    expect(text).toMatch(/^date: \d{4}-\d{2}-\d{2}$/m);
    expect(text).toContain('edition: "2016-02"');
    expect(text).toContain('translationKey: montana-azul-cosecha-record');
    // --lang is also the language of the hints left in the file, and of the messages.
    expect(text).toContain('summary: "TODO: una o dos oraciones que cuenten la historia"');
    expect(text).toContain('TODO: escriba aquí la historia, en Markdown.');
    expect(made.out).toContain('Se creó ');
    expect(made.out).toContain('Complete cada TODO y luego ejecute `npm run check`.');
    // The edition and translationKey first, then the taxonomies in their declared order.
    const fields = text
      .split('---\n')[1]!
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split(':')[0]);
    expect(fields).toEqual(['title', 'summary', 'date', 'edition', 'translationKey', 'topic', 'country', 'organization']);

    const unfilled = run('check.ts', ['--content', dir]);
    expect(unfilled.status).toBe(1);
    expect(unfilled.out).toContain('montana-azul-cosecha-record.md:3: error: summary still holds the placeholder TODO');
    expect(unfilled.out).toContain(
      'montana-azul-cosecha-record.md:7: error: topic still holds the placeholder TODO: write one or more keys from vocabularies/topics.yaml',
    );
    expect(unfilled.out).toContain('montana-azul-cosecha-record.md:8: error: country still holds the placeholder TODO');

    writeFileSync(
      file,
      text
        .replace(/summary: .*/, 'summary: Una cosecha de café.')
        .replace('country: [TODO]', 'country: [PE]')
        .replace('topic: [TODO]', 'topic: [child-labour]')
        .replace('organization: [TODO]', 'organization: [montana-azul]')
        .replace(/^TODO: .*$/m, 'La historia.'),
    );
    const filled = run('check.ts', ['--content', dir]);
    expect(filled.out).toContain('0 errors');
    expect(filled.status).toBe(0);
  });

  it('copies the date and taxonomy of the story it translates and links its translationKey', () => {
    const dir = fixture();
    const made = run('new.ts', ['--content', dir, '--lang', 'es', '--title', 'Una historia del clima', '--translation-of', 'climate-story']);
    expect(made.status).toBe(0);
    const text = readFileSync(join(dir, 'articles/es/una-historia-del-clima.md'), 'utf8');
    expect(text).toContain('translationKey: climate-story');
    // The original's date, not today's: every version of a story is dated alike.
    expect(text).toContain('date: 2016-07-10\n');
    expect(text).toContain('country: [SV]');
    expect(text).toContain('topic: [climate-change]');
    expect(text).toContain('organization: [clac]');
    expect(text).toContain('edition: "2016-07"');
    expect(text).not.toContain('image');
  });

  it('carries the original’s picture, its path written from the new file, and leaves its words as placeholders the checker flags', () => {
    const original = readFileSync(join(FIXTURE_CONTENT, 'articles/en/climate-story.md'), 'utf8');
    const dir = fixture({
      // A picture beside the original: from the Spanish folder, its path changes.
      'articles/en/rain.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>',
      'articles/en/climate-story.md': original.replace(
        'organization: [clac]\n',
        'organization: [clac]\nimage: ./rain.svg\nimageAlt: Rain over a coffee farm\nimageCaption: "The 2014 rains"\nimageCredit: "Drawing: CLAC"\n',
      ),
    });
    const made = run('new.ts', ['--content', dir, '--lang', 'es', '--title', 'Una historia del clima', '--translation-of', 'climate-story']);
    expect(made.status, made.out).toBe(0);
    const file = join(dir, 'articles/es/una-historia-del-clima.md');
    const text = readFileSync(file, 'utf8');
    expect(text.split('---\n')[1]).toBe(
      [
        'title: "Una historia del clima"',
        'summary: "TODO: una o dos oraciones que cuenten la historia"',
        'date: 2016-07-10',
        'edition: "2016-07"',
        'translationKey: climate-story',
        'topic: [climate-change]',
        'country: [SV]',
        'organization: [clac]',
        'image: "../en/rain.svg"',
        'imageAlt: "TODO: Rain over a coffee farm"',
        'imageCaption: "TODO: The 2014 rains"',
        'imageCredit: "TODO: Drawing: CLAC"',
        '',
      ].join('\n'),
    );
    // Never published without a description in its language: the checker stops at each placeholder.
    const unfilled = run('check.ts', ['--content', dir]);
    expect(unfilled.status).toBe(1);
    expect(unfilled.out).toContain('una-historia-del-clima.md:11: error: imageAlt still holds the placeholder TODO: write its real value');
    expect(unfilled.out).toContain('una-historia-del-clima.md:12: error: imageCaption still holds the placeholder TODO');
    expect(unfilled.out).toContain('una-historia-del-clima.md:13: error: imageCredit still holds the placeholder TODO');
    writeFileSync(
      file,
      text
        .replace(/summary: .*/, 'summary: Lluvias en El Salvador.')
        .replace(/imageAlt: .*/, 'imageAlt: Lluvia sobre una finca de café')
        .replace(/imageCaption: .*/, 'imageCaption: Las lluvias de 2014')
        .replace(/imageCredit: .*/, 'imageCredit: "Dibujo: CLAC"')
        .replace(/^TODO: .*$/m, 'La historia.'),
    );
    // The picture's path, as written, leads to the original's picture.
    const filled = run('check.ts', ['--content', dir]);
    expect(filled.status, filled.out).toBe(0);
  });

  it('keeps a decorative picture decorative: an empty description has nothing to translate', () => {
    const original = readFileSync(join(FIXTURE_CONTENT, 'articles/en/climate-story.md'), 'utf8');
    const dir = fixture({
      'articles/en/climate-story.md': original.replace('organization: [clac]\n', 'organization: [clac]\nimage: ../../images/rain.svg\nimageAlt: ""\n'),
      'images/rain.svg': '<svg/>',
    });
    expect(run('new.ts', ['--content', dir, '--lang', 'es', '--title', 'Una historia del clima', '--translation-of', 'climate-story']).status).toBe(0);
    expect(readFileSync(join(dir, 'articles/es/una-historia-del-clima.md'), 'utf8')).toContain('image: "../../images/rain.svg"\nimageAlt: ""\n---');
  });

  it('refuses to overwrite an existing file, and explains an unknown story', () => {
    const dir = fixture();
    const before = snapshot(dir);
    const again = run('new.ts', ['--content', dir, '--lang', 'en', '--title', 'Coffee network']);
    expect(again.status).toBe(1);
    expect(again.out).toContain('coffee-network.md already exists');
    const unknown = run('new.ts', ['--content', dir, '--lang', 'es', '--title', 'X', '--translation-of', 'climat-story']);
    expect(unknown.status).toBe(1);
    expect(unknown.out).toContain("No se creó el artículo: ningún artículo tiene el translationKey 'climat-story'; ¿quiso decir 'climate-story'?");
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('npm run check', () => {
  it('exits 0 on the sample content', () => {
    const result = run('check.ts', []);
    expect(result.status).toBe(0);
    expect(result.out).toContain('Checked 20 articles');
  });

  it('prints file:line problems grouped by file, JSON for machines and GitHub annotations, and exits 1 on errors', () => {
    const dir = fixture({ 'articles/en/broken.md': article({ ...validArticle, topic: '[child-labor]' }) });
    const text = run('check.ts', ['--content', dir]);
    expect(text.status).toBe(1);
    expect(text.out).toMatch(/broken\.md\n {2}.*broken\.md:8: error: the topic 'child-labor' does not exist; did you mean 'child-labour'\?/);
    const json = JSON.parse(run('check.ts', ['--content', dir, '--json']).out);
    expect(json).toContainEqual(expect.objectContaining({ severity: 'error', line: 8, field: 'topic', file: expect.stringContaining('broken.md') }));
    expect(run('check.ts', ['--content', dir, '--format', 'github']).out).toMatch(/^::error file=.*broken\.md,line=8::the topic 'child-labor'/m);
  });

  it('exits 0 when there are only warnings (a story without translation)', () => {
    const result = run('check.ts', ['--content', fixture()]);
    expect(result.status).toBe(0);
    expect(result.out).toContain("warning: no Spanish version yet (translationKey 'climate-story')");
  });

  it('changes no file', () => {
    const dir = fixture({ 'articles/en/broken.md': article({ ...validArticle, date: 'soon' }) });
    const before = snapshot(dir);
    run('check.ts', ['--content', dir]);
    run('check.ts', ['--content', dir, '--json']);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('the language of the messages', () => {
  const broken = () => fixture({ 'articles/en/broken.md': article({ ...validArticle, topic: '[child-labor]' }) });

  it('is the system locale’s: Spanish under LANG=es_ES.UTF-8, severity words and counts included', () => {
    const result = run('check.ts', ['--content', broken()], ROOT, 'es_ES.UTF-8');
    expect(result.status).toBe(1);
    expect(result.out).toContain("broken.md:8: error: el tema 'child-labor' no existe; ¿quiso decir 'child-labour'?");
    expect(result.out).toContain("climate-story.md:6: advertencia: aún no hay versión en español (translationKey 'climate-story')");
    expect(result.out).toContain('1 error, 1 advertencia');
    expect(result.out).toContain('Se revisaron 4 artículos en ');
  });

  it('is --lang’s when given, whatever the system locale', () => {
    const result = run('check.ts', ['--content', broken(), '--lang', 'en'], ROOT, 'es_ES.UTF-8');
    expect(result.status).toBe(1);
    expect(result.out).toContain("broken.md:8: error: the topic 'child-labor' does not exist; did you mean 'child-labour'?");
    expect(result.out).toContain('1 error, 1 warning');
    expect(result.out).not.toMatch(/advertencia|¿/);
  });

  it('keeps the machine formats machine-readable: English field names and severities, translated messages', () => {
    const dir = broken();
    const json = JSON.parse(run('check.ts', ['--content', dir, '--json', '--lang', 'es']).out);
    expect(json).toContainEqual(
      expect.objectContaining({ severity: 'error', field: 'topic', line: 8, message: "el tema 'child-labor' no existe; ¿quiso decir 'child-labour'?" }),
    );
    expect(json).toContainEqual(expect.objectContaining({ severity: 'warning', field: 'translationKey' }));
    const github = run('check.ts', ['--content', dir, '--format', 'github', '--lang', 'es']).out;
    expect(github).toMatch(/^::error file=.*broken\.md,line=8::el tema 'child-labor' no existe/m);
    expect(github).toMatch(/^::warning file=.*climate-story\.md,line=6::aún no hay versión en español/m);
  });

  it('passes over C, an empty LC_ALL and an undeclared language for the next variable, else the default language', () => {
    const dir = broken();
    const spanish = spawnSync(process.execPath, [join(ROOT, 'scripts/check.ts'), '--content', dir], {
      encoding: 'utf8',
      env: { ...withLocale('es_ES.UTF-8'), LC_ALL: '', LC_MESSAGES: 'fr_FR.UTF-8' },
    });
    expect(spanish.stdout).toContain("el tema 'child-labor' no existe");
    expect(run('check.ts', ['--content', dir], ROOT, 'C.UTF-8').out).toContain("the topic 'child-labor' does not exist");
  });

  it('is the story’s for npm run new, and npm run translations takes --lang', () => {
    const dir = fixture();
    const made = run('new.ts', ['--content', dir, '--lang', 'en', '--title', 'Coffee network'], ROOT, 'es_ES.UTF-8');
    expect(made.out).toContain('Not created: articles/en/coffee-network.md already exists (nothing was changed); choose another title');
    const report = run('translations.ts', ['--content', dir, '--lang', 'es'], '/tmp');
    expect(report.out).toMatch(/2016-07 +climate-story +Original +Falta/);
    expect(report.out).toContain('2 historias; 1 traducción pendiente y 0 desactualizadas.');
    expect(report.out).toContain('sus fechas vienen del sistema de archivos');
  });

  it('tells how to call a command wrongly called, in the system locale’s language', () => {
    const usage = run('new.ts', ['--title', 'X'], ROOT, 'es_ES.UTF-8');
    expect(usage.status).toBe(2);
    expect(usage.out.trim()).toBe('uso: npm run new -- --lang en|es --title "El titular" [--translation-of <translationKey>] [--edition <clave>]');
    const format = run('check.ts', ['--format', 'xml']);
    expect(format.status).toBe(2);
    expect(format.out.trim()).toBe("--format must be text, json, or github, not 'xml'");
  });

  it('resolves every message of a third language (Portuguese, in the three-language fixture)', () => {
    const dir = fixture({}, TRILINGUAL_CONTENT);
    const story = join(dir, 'articles/pt/rede-cafeeira.md');
    writeFileSync(
      story,
      readFileSync(story, 'utf8')
        .replace('topic: [child-labour]', 'topic: [child-labor]')
        .replace('region: [andes]', 'region: [ande]')
        .replace(/\n*$/, '\n\nVeja [isto](../en/climate-story.md) e <script>x</script>.\n'),
    );
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts/check.ts'), '--content', dir, '--lang', 'pt'], {
      encoding: 'utf8',
      env: { ...withLocale('en_GB.UTF-8'), NEWSLETTER_CONFIG: TRILINGUAL_CONFIG },
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("rede-cafeeira.md:8: erro: o tema 'child-labor' não existe; você quis dizer 'child-labour'?");
    expect(result.stdout).toContain("rede-cafeeira.md:11: erro: a região 'ande' não existe; você quis dizer 'andes'?");
    expect(result.stdout).toContain(
      "rede-cafeeira.md:16: aviso: o link '../en/climate-story.md' leva os leitores à versão em inglês, marcada como tal: ainda não há versão em português; quando houver, aponte o link para ela",
    );
    expect(result.stdout).toMatch(/climate-story\.md:\d+: aviso: ainda não há versão em espanhol ou português \(translationKey 'climate-story'\)/);
    expect(result.stdout).toMatch(/\d+ erros, \d+ avisos/);
    expect(result.stdout).not.toMatch(/\{\{|checker\.|taxonomies\./);
  });

  it('refuses an unknown --lang, naming the declared languages, in the system locale’s language', () => {
    for (const [script, args] of [
      ['check.ts', []],
      ['translations.ts', []],
      ['new.ts', ['--title', 'X']],
    ] as const) {
      const result = run(script, ['--content', fixture(), '--lang', 'fr', ...args], ROOT, 'es_ES.UTF-8');
      expect(result.status, script).toBe(2);
      expect(result.out.trim(), script).toBe("--lang debe ser en o es, no 'fr'");
    }
  });
});

describe('npm run translations', () => {
  it('marks as outdated a translation whose original got a later commit, in a git repository', () => {
    const dir = fixture();
    const git = gitAt(dir);
    git(['init', '-q'], '2024-01-01T00:00:00Z');
    git(['add', '-A'], '2024-01-01T00:00:00Z');
    git(['commit', '-qm', 'first'], '2024-01-01T00:00:00Z');
    let report = run('translations.ts', ['--content', dir], dir);
    expect(report.status).toBe(0);
    expect(report.out).toMatch(/2016-02 +coffee-network +Original +Translated/);
    expect(report.out).toMatch(/2016-07 +climate-story +Original +Missing/);

    const before = snapshot(dir);
    writeFileSync(join(dir, 'articles/en/coffee-network.md'), `${readFileSync(join(dir, 'articles/en/coffee-network.md'), 'utf8')}\nA new paragraph.\n`);
    git(['commit', '-qam', 'update the English story'], '2024-02-01T00:00:00Z');
    report = run('translations.ts', ['--content', dir], dir);
    expect(report.out).toMatch(/2016-02 +coffee-network +Original +Out of date/);
    expect(report.out).toContain('2 stories; 1 translation missing and 1 out of date.');
    const json = JSON.parse(run('translations.ts', ['--content', dir, '--json'], dir).out);
    expect(json).toContainEqual({ translationKey: 'coffee-network', edition: '2016-02', source: 'en', en: 'present', es: 'outdated' });
    // The report only reads: the only change is the one this test made.
    const after = snapshot(dir);
    expect(Object.keys(after).filter((f) => !f.includes('/.git/'))).toEqual(Object.keys(before).filter((f) => !f.includes('/.git/')));
  });

  it('falls back to file dates without git history', () => {
    const report = run('translations.ts', ['--content', fixture()], '/tmp');
    expect(report.status).toBe(0);
    expect(report.out).toContain('dates come from the file system');
  });
});
