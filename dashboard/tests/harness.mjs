// The browser suite's harness: the REAL API host process (the built Reception.Api.dll, embedded silo,
// SQLite in a temporary folder, demo data seeded), a REAL headless Chromium driven by playwright-core,
// and a small HTTP client for arranging data through the API.

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '..', '..');
export const PASSWORD = 'reception-demo';

/** A TCP port nobody listens on right now. */
export function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

/**
 * The API host: `dotnet api/bin/<cfg>/net10.0/Reception.Api.dll` (cfg from RECEPTION_TEST_CONFIGURATION,
 * default Release). start() waits for "Application started"; kill() ends it at once; restart() is kill + start
 * on the same data folder and ports.
 */
export class ApiHost {
  /** `env`: settings of this host over the suite's defaults (e.g. `{ Reception__Demo: 'false' }`). */
  constructor(env = {}) {
    this.env = env;
    const configuration = process.env.RECEPTION_TEST_CONFIGURATION ?? 'Release';
    this.dll = join(repoRoot, 'api', 'bin', configuration, 'net10.0', 'Reception.Api.dll');
    this.dataPath = mkdtempSync(join(tmpdir(), 'reception-dashboard-'));
    this.process = null;
    this.output = [];
  }

  async init() {
    if (!existsSync(this.dll)) throw new Error(`${this.dll} is missing: run \`dotnet build -c Release\` first (the README's test command does).`);
    this.httpPort = await freePort();
    this.siloPort = await freePort();
    this.gatewayPort = await freePort();
    this.url = `http://127.0.0.1:${this.httpPort}`;
  }

  async start(timeoutMs = 120_000) {
    const child = spawn('dotnet', [this.dll], {
      cwd: dirname(this.dll),
      env: {
        ...process.env,
        Reception__DataPath: this.dataPath,
        ASPNETCORE_URLS: this.url,
        Reception__SiloPort: String(this.siloPort),
        Reception__GatewayPort: String(this.gatewayPort),
        ASPNETCORE_ENVIRONMENT: 'Production',
        // A Production host runs the demo only when told to (the suite signs in with demo accounts).
        Reception__Demo: 'true',
        // The suite signs in many times from one address; the limit itself is the API suite's concern.
        Reception__Auth__TokenRequestsPerMinute: '1000',
        DOTNET_NOLOGO: '1',
        ...this.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.process = child;
    const started = new Promise((ok, fail) => {
      const timer = setTimeout(() => fail(new Error(`the API host did not start within ${timeoutMs} ms:\n${this.tail()}`)), timeoutMs);
      const onData = (chunk) => {
        const text = chunk.toString();
        this.output.push(text);
        if (this.output.length > 400) this.output.splice(0, 200);
        if (text.includes('Application started')) {
          clearTimeout(timer);
          ok();
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', (chunk) => this.output.push(chunk.toString()));
      child.on('exit', (code, signal) => {
        clearTimeout(timer);
        fail(new Error(`the API host exited (${code ?? signal}) before it started:\n${this.tail()}`));
      });
    });
    await started;
  }

  tail(lines = 40) {
    return this.output.join('').split('\n').slice(-lines).join('\n');
  }

  /** Ends the process at once (SIGKILL) and waits for it to be gone. */
  async kill() {
    const child = this.process;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((ok) => child.once('exit', ok));
    child.kill('SIGKILL');
    await exited;
    this.process = null;
  }

  /** Asks the process to stop (SIGTERM), then kills it if it has not stopped in 10 s. */
  async stop() {
    const child = this.process;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((ok) => child.once('exit', ok));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
    this.process = null;
  }

  async restart() {
    await this.kill();
    await this.start();
  }

  dispose() {
    rmSync(this.dataPath, { recursive: true, force: true });
  }
}

/** A JSON client for arranging data through the API as a given demo account. */
export class ApiClient {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
    this.tokens = new Map();
  }

  async token(username) {
    if (!this.tokens.has(username)) {
      const response = await fetch(`${this.baseUrl}/api/auth/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username, password: PASSWORD }),
      });
      if (!response.ok) throw new Error(`sign-in of ${username} failed: ${response.status} ${await response.text()}`);
      this.tokens.set(username, (await response.json()).accessToken);
    }
    return this.tokens.get(username);
  }

  async call(username, method, path, body, headers = {}) {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${await this.token(username)}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} as ${username}: ${response.status} ${text}`);
    return text ? JSON.parse(text) : undefined;
  }

  arrival(code, person) {
    return this.call(`manager-${code}`, 'POST', `/api/points/${code}/arrivals`, person, { 'Idempotency-Key': crypto.randomUUID() });
  }
}

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export function launchBrowser() {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`${executablePath} is missing: install Debian's chromium (apt-get install chromium).`);
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

/** What the browser refused under the host's Content-Security-Policy, on every page opened by `signedInPage`. */
export const cspViolations = [];

/** A new browser context and page signed in through the sign-in form as `username` (`timezoneId`: the browser's clock, e.g. 'America/New_York'). */
export async function signedInPage(browser, baseUrl, username, { lang, viewport, timezoneId } = {}) {
  const context = await browser.newContext({ viewport: viewport ?? { width: 1280, height: 900 }, locale: lang === 'en' ? 'en-US' : 'es-MX', timezoneId });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(`${page.url()}: ${message.text()}`);
  });
  await page.goto(`${baseUrl}/`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(PASSWORD);
  await page.locator('form button[type=submit]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
  return page;
}

/** Waits until the page's live-feed badge says "live". */
export async function waitLive(page, timeout = 15_000) {
  await page.locator('[data-live="live"]').waitFor({ timeout });
}

/**
 * What every browser suite starts and ends: the API host, a client for arranging data, the browser, and the pages it
 * opened. `start()` (in `before`) answers the client; `stop()` (in `after`) closes the pages and browser and ends the host.
 */
export class BrowserSuite {
  constructor() {
    this.host = new ApiHost();
    this.api = null;
    this.browser = null;
    this.pages = [];
  }

  async start() {
    await this.host.init();
    await this.host.start();
    this.api = new ApiClient(this.host.url);
    this.browser = await launchBrowser();
    return this.api;
  }

  /** A new page signed in as `username` (see signedInPage), closed by stop(). */
  async open(username, options) {
    const page = await signedInPage(this.browser, this.host.url, username, options);
    this.pages.push(page);
    return page;
  }

  async stop() {
    for (const page of this.pages) await page.context().close().catch(() => {});
    await this.browser?.close().catch(() => {});
    await this.host.stop();
    this.host.dispose();
  }
}
