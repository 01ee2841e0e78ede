import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import fr from '@/public/_locales/fr/messages.json';
import { formatMessage, messagesFromBrowser, messagesFromFile, type MessageFile } from '@/lib/i18n';
import { ATTRIBUTION_KINDS, ATTRIBUTION_MODES, FUNDING_MODELS, OUTLET_KINDS, TYPOLOGY_CODES } from '@/lib/model/analysis';
import { ENTITY_TYPES, ReliabilitySchema } from '@/lib/dataset/schema';
import { SOURCE_GROUPS } from '@/lib/present/sources';
import { keyPart, STANCE_ICONS } from '@/lib/present/labels';

const ROOT = join(__dirname, '../../..');
const EN = en as MessageFile;
const FR = fr as MessageFile;

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, ext) : ext.test(name) ? [path] : [];
  });
}
/** Views whose text must come from the catalogues: every component, the popup and the options page. */
const COMPONENT_FILES = files(join(ROOT, 'components'), /\.tsx?$/);
const POPUP_FILES = [...files(join(ROOT, 'entrypoints/popup'), /\.tsx?$/), ...files(join(ROOT, 'entrypoints/options'), /\.tsx?$/)];
const UI_SOURCES = [...COMPONENT_FILES, ...POPUP_FILES, ...files(join(ROOT, 'lib/present'), /\.ts$/), ...files(join(ROOT, 'lib/settings'), /\.ts$/)];

/** Placeholder names a message uses, for comparing languages. */
const placeholders = (entry: MessageFile[string]) => Object.keys(entry.placeholders ?? {}).sort();

describe('message catalogues', () => {
  it('English and French have the same keys and the same placeholders', () => {
    expect(Object.keys(FR).sort()).toEqual(Object.keys(EN).sort());
    for (const key of Object.keys(EN)) {
      expect(placeholders(FR[key]!), key).toEqual(placeholders(EN[key]!));
      for (const name of [...EN[key]!.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase())) {
        expect(EN[key]!.placeholders?.[name], `${key}: $${name}$ is declared`).toBeDefined();
        expect(FR[key]!.message.toLowerCase(), `${key}: French uses $${name}$`).toContain(`$${name}$`);
      }
    }
  });

  it('has valid Chrome message names and no empty messages', () => {
    for (const [key, entry] of [...Object.entries(EN), ...Object.entries(FR)]) {
      expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
      expect(entry.message.trim(), key).not.toBe('');
    }
  });

  it('French is translated, not copied (apart from names and words both languages share)', () => {
    const same = new Set(['extensionDescription', 'appName', 'navLabel', 'navSources', 'typologyWithCode', 'kind_magazine', 'group_documents', 'entityType', 'sourcesCount', 'stance_context', 'options_count_source_one', 'options_count_source_other', 'badgeCode_mixed', 'badgeCode_unknown', 'badgeCode_unknownOutlet', 'badgeCode_impersonation']);
    const copied = Object.keys(EN).filter((k) => !same.has(k) && EN[k]!.message === FR[k]!.message);
    expect(copied).toEqual([]);
    // French typography: a no-break space before high punctuation.
    for (const [key, entry] of Object.entries(FR)) expect(entry.message, key).not.toMatch(/[^\u00a0\u202f][;:?!](\s|$)/u);
  });

  it('has every key the views use, including the ones built from data codes', () => {
    const used = new Set<string>();
    for (const file of UI_SOURCES) {
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/\b(?:m|messages)\.t\(\s*'([^']+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(50);
    const dynamic = [
      ...SOURCE_GROUPS.map((g) => `group_${g}`),
      ...ATTRIBUTION_MODES.map((x) => `mode_${x}`),
      ...ATTRIBUTION_KINDS.map((x) => `sourceKind_${x}`),
      ...Object.keys(STANCE_ICONS).map((x) => `stance_${x}`),
      ...FUNDING_MODELS.map((x) => `funding_${keyPart(x)}`),
      ...OUTLET_KINDS.map((x) => `kind_${keyPart(x)}`),
      ...TYPOLOGY_CODES.flatMap((x) => [`typology_${x}`, `typologyHelp_${x}`]),
      ...ENTITY_TYPES.map((x) => `entity_${keyPart(x)}`),
      ...ReliabilitySchema.entries.status.options.map((x) => `reliability_${keyPart(x)}`),
    ];
    for (const key of [...used, ...dynamic]) {
      expect(EN[key], `en: ${key}`).toBeDefined();
      expect(FR[key], `fr: ${key}`).toBeDefined();
    }
  });
});

describe('no hard-coded UI text in components', () => {
  /** Attributes whose value a person reads or hears. */
  const VISIBLE_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'aria-placeholder', 'title', 'alt', 'placeholder', 'label', 'value']);
  const LETTERS = /\p{L}/u;

  function findLiterals(file: string, code = readFileSync(file, 'utf8')): string[] {
    const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
    const found: string[] = [];
    const where = (node: ts.Node) => `${relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const literalText = (node: ts.Node | undefined): string | null => {
      if (!node) return null;
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
      if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('');
      if (ts.isJsxExpression(node)) return literalText(node.expression);
      if (ts.isConditionalExpression(node)) return [literalText(node.whenTrue), literalText(node.whenFalse)].filter(Boolean).join(' ') || null;
      if (ts.isBinaryExpression(node)) return [literalText(node.left), literalText(node.right)].filter(Boolean).join(' ') || null;
      if (ts.isParenthesizedExpression(node)) return literalText(node.expression);
      return null;
    };
    const visit = (node: ts.Node) => {
      if (ts.isJsxText(node) && LETTERS.test(node.text)) found.push(`${where(node)} text "${node.text.trim()}"`);
      if (ts.isJsxExpression(node) && node.parent && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
        const text = literalText(node.expression);
        if (text && LETTERS.test(text)) found.push(`${where(node)} child "${text}"`);
      }
      if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTES.has(node.name.getText(source))) {
        const text = literalText(node.initializer);
        if (text && LETTERS.test(text)) found.push(`${where(node)} ${node.name.getText(source)}="${text}"`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    return found;
  }

  it.each([...COMPONENT_FILES, ...POPUP_FILES].filter((f) => f.endsWith('.tsx')).map((f) => [relative(ROOT, f), f]))('%s has no literal UI strings', (_name, file) => {
    expect(findLiterals(file)).toEqual([]);
  });

  it('the scanner catches text nodes, visible attributes and literal children, and allows symbols', () => {
    // Guard against a scanner that silently passes everything.
    const code = `const A = () => <p title="Hello" aria-label={x ? 'Yes' : 'No'} class="ok">Hi {'there'} · {n} <span lang="en" data-x="abc">{' — '}</span>{\`\${a} more\`}</p>;`;
    const hits = findLiterals(join(ROOT, 'probe.tsx'), code).map((h) => h.replace(/^\S+ /, ''));
    expect(hits).toEqual(['title="Hello"', 'aria-label="Yes No"', 'text "Hi"', 'child "there"', 'child " more"']);
  });
});

describe('translators', () => {
  it('fills named placeholders from positional substitutions, like chrome.i18n', () => {
    const entry = { message: 'From $WHO$ on $DATE$, costs $$5', placeholders: { who: { content: '$1' }, date: { content: '$2' } } };
    expect(formatMessage(entry, ['AFP', '2015'])).toBe('From AFP on 2015, costs $5');
    expect(formatMessage(entry, 'AFP')).toBe('From AFP on , costs $5');
  });

  it('does not reinterpret substitutions that contain $ signs', () => {
    const entry = { message: 'Told $OUTLET$', placeholders: { outlet: { content: '$1' } } };
    expect(formatMessage(entry, '$1 $OUTLET$ $$')).toBe('Told $1 $OUTLET$ $$');
  });

  it('returns an empty string for unknown keys, from a file or from the browser', () => {
    expect(messagesFromFile(EN, 'en').maybe('gov_ZZ')).toBe('');
    const browserLike = messagesFromBrowser((name, subs) => (name === 'via' ? `Told ${subs?.[0]}` : ''), 'en');
    expect(browserLike.t('via', 'Reuters')).toBe('Told Reuters');
    expect(browserLike.maybe('nope')).toBe('');
    const throwing = messagesFromBrowser(() => {
      throw new Error('no i18n');
    }, 'en');
    expect(throwing.t('appName')).toBe('');
  });
});
