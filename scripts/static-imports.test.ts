import { describe, expect, it } from 'vitest';
import { importsOf, staticImportsOf } from './static-imports';

describe('importsOf', () => {
  it.each([
    ['import{a as b}from"./view-1.js";', ['view-1.js']],
    [
      'import"./side-effect-2.js";import { c } from \'./ris-3.js\';',
      ['side-effect-2.js', 'ris-3.js'],
    ],
    ['const lazy=()=>import("./Charts-4.js");', []],
    ['import{x}from"react";import{y}from"../up.js";', []],
    ['import{a}from"./a.js";import{b}from"./a.js";', ['a.js']],
    ['const text="from nowhere";', []],
  ])('%s', (text, expected) => {
    expect(importsOf(text)).toEqual(expected);
  });
});

describe('staticImportsOf', () => {
  const chunks: Record<string, string> = {
    'panels.js': 'import{a}from"./EvidenceList.js";import{b}from"./index.js";',
    'EvidenceList.js': 'import{c}from"./ProseText.js";import{d}from"./index.js";',
    'ProseText.js': 'const later=()=>import("./Charts.js");',
    'index.js': 'import{e}from"./panels.js";',
    'Charts.js': '',
  };
  const read = (path: string) => chunks[path.replace(/^dist\/assets\//, '')]!;

  it('follows imports all the way down, once each, leaving out the chunk itself', () => {
    expect(staticImportsOf('dist/assets', 'panels.js', read)).toEqual([
      'EvidenceList.js',
      'index.js',
      'ProseText.js',
    ]);
  });

  it('finds nothing for a chunk that imports nothing statically', () => {
    expect(staticImportsOf('dist/assets', 'ProseText.js', read)).toEqual([]);
  });
});
