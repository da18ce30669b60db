// Loads the built desktop bundle in plain Node with a stand-in `vscode` module and times
// `require` and `activate()`; prints {"loadMs","activateMs"}. For measurement only (not a test):
// the stand-in answers every API call with another stand-in, so activation runs its real code
// (registrations, object creation) without an editor behind it.
'use strict';
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const { performance } = require('node:perf_hooks');

/** The names the `vscode` module exports (esbuild's interop copies them), from its type declarations. */
const API_NAMES = [...new Set([...fs.readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8').matchAll(/^\texport (?:namespace|class|enum|const|let|function) (\w+)/gm)].map((m) => m[1]))];

/** A value that is every API at once: callable, constructible, with any property. */
function standIn(name) {
  const target = function () {};
  const assigned = new Map();
  const children = new Map();
  const child = (property) => {
    if (!children.has(property)) children.set(property, standIn(`${name}.${String(property)}`));
    return children.get(property);
  };
  return new Proxy(target, {
    set: (_, property, value) => {
      assigned.set(property, value);
      return true;
    },
    ownKeys: () => [...API_NAMES, 'prototype'],
    getOwnPropertyDescriptor: (_, property) =>
      property === 'prototype' ? Reflect.getOwnPropertyDescriptor(target, property) : { configurable: true, enumerable: true, value: child(property) },
    get(_, property) {
      if (assigned.has(property)) return assigned.get(property);
      if (property === 'then') return undefined; // not a promise
      if (property === Symbol.toPrimitive) return () => name;
      if (property === Symbol.iterator) return function* () {};
      if (property === 'dispose') return () => {};
      return child(property);
    },
    apply: () => standIn(`${name}()`),
    construct: () => standIn(`new ${name}`),
  });
}

const vscode = standIn('vscode');
const originalLoad = Module._load;
Module._load = function (request, ...rest) {
  return request === 'vscode' ? vscode : originalLoad.call(this, request, ...rest);
};

const bundle = path.resolve(__dirname, '../../dist/extension.js');
const loadStart = performance.now();
const extension = require(bundle);
const loadMs = performance.now() - loadStart;
const context = {
  subscriptions: [],
  extensionUri: standIn('extensionUri'),
  extensionPath: path.resolve(__dirname, '../..'),
  globalState: standIn('globalState'),
  workspaceState: standIn('workspaceState'),
  secrets: standIn('secrets'),
  globalStorageUri: standIn('globalStorageUri'),
  storageUri: standIn('storageUri'),
  logUri: standIn('logUri'),
  extensionMode: 1,
  extension: standIn('extension'),
  environmentVariableCollection: standIn('environmentVariableCollection'),
};
const activateStart = performance.now();
extension.activate(context);
const activateMs = performance.now() - activateStart;
process.stdout.write(JSON.stringify({ loadMs, activateMs, subscriptions: context.subscriptions.length }));
process.exit(0);
