import { describe, expect, it } from 'vitest';
import { messagesFromI18n } from '@/lib/i18n';

describe('messagesFromI18n', () => {
  it('reads the UI language and calls getMessage on the i18n object itself', () => {
    const i18n = {
      prefix: 'Told',
      getMessage(this: { prefix: string }, name: string, subs?: string | string[]) {
        return name === 'via' ? `${this.prefix} ${subs?.[0]}` : '';
      },
      getUILanguage: () => 'fr',
    };
    const m = messagesFromI18n(i18n);
    expect(m.locale).toBe('fr');
    expect(m.t('via', 'Reuters')).toBe('Told Reuters');
  });

  it('falls back to English formatting when the browser (or a test double) has no getUILanguage', () => {
    const m = messagesFromI18n({
      getMessage: () => {
        throw new Error('not implemented');
      },
      getUILanguage: () => {
        throw new Error('not implemented');
      },
    });
    expect(m.locale).toBe('en');
    expect(m.t('appName')).toBe('');
  });
});
