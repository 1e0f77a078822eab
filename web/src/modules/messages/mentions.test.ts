import { describe, expect, it } from 'vitest';
import { mentionedUsernames, splitMentions } from './mentions';

describe('splitMentions', () => {
  it('keeps plain text as one run', () => {
    expect(splitMentions('no mentions here')).toEqual([{ text: 'no mentions here' }]);
    expect(splitMentions('')).toEqual([]);
  });

  it('cuts out @username runs, also between Chinese characters and across lines', () => {
    expect(splitMentions('请@mgr_east看一下\n@rep_east1 谢谢')).toEqual([
      { text: '请' },
      { text: '@mgr_east', mention: 'mgr_east' },
      { text: '看一下\n' },
      { text: '@rep_east1', mention: 'rep_east1' },
      { text: ' 谢谢' },
    ]);
  });

  it('reads names the way the server does (dots and dashes, 2–64 characters)', () => {
    expect(splitMentions('@a.b-c_d!')).toEqual([{ text: '@a.b-c_d', mention: 'a.b-c_d' }, { text: '!' }]);
    expect(splitMentions('@x and @')).toEqual([{ text: '@x and @' }]);
    const long = 'a'.repeat(70);
    expect(splitMentions(`@${long}`)[0]).toEqual({ text: `@${'a'.repeat(64)}`, mention: 'a'.repeat(64) });
  });

  it('leaves e-mail addresses alone', () => {
    expect(splitMentions('mail bob@example.com, cc @ann')).toEqual([
      { text: 'mail bob@example.com, cc ' },
      { text: '@ann', mention: 'ann' },
    ]);
  });

  it('never loses text', () => {
    const body = '@aa @bb,@cc。x@dd @ee';
    expect(
      splitMentions(body)
        .map((s) => s.text)
        .join(''),
    ).toBe(body);
  });
});

describe('mentionedUsernames', () => {
  it('lists each name once, in order', () => {
    expect(mentionedUsernames('@bob hi @ann and @bob again')).toEqual(['bob', 'ann']);
  });
});
