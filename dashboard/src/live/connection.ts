import { HubConnectionBuilder, HubConnectionState, LogLevel, type HubConnection, type IRetryPolicy } from '@microsoft/signalr';
import { ApiError } from '../api/problem';
import { getSession } from '../api/session';
import { getLang } from '../i18n';

// One SignalR connection to /hubs/operations per signed-in tab. It reconnects forever (with
// back-off), keeps a visible state (live / reconnecting / offline since …) and, after every
// (re)connect or a missed sequence number, subscribes again so each view gets a fresh snapshot.

export type LiveStatus = 'connecting' | 'live' | 'reconnecting' | 'offline';

export interface LiveState {
  status: LiveStatus;
  /** When the connection was lost (for "offline since HH:MM"), or when it became live. */
  since: Date;
}

export type MessageKind = 'pointUpdated' | 'programUpdated' | 'nationalUpdated' | 'alertChanged' | 'referralAssigned';
const KINDS: MessageKind[] = ['pointUpdated', 'programUpdated', 'nationalUpdated', 'alertChanged', 'referralAssigned'];

export interface Subscription {
  /** Hub method and arguments, e.g. SubscribePoint("TIJ"). */
  method: 'SubscribePoint' | 'SubscribeProgram' | 'SubscribeNational';
  args: unknown[];
  /** Whether a server message belongs to this subscription. */
  accepts(kind: MessageKind, message: unknown): boolean;
  onSnapshot(snapshot: unknown): void;
  onMessage(kind: MessageKind, message: unknown): void;
  onError(error: unknown): void;
}

/** Every server message and snapshot carries its group's `sequence` beside the data's fields. */
export interface Sequenced {
  sequence: number;
}

/** The hub refuses with a HubException "{kind}: {code}: {worded message}": as the ApiError a REST read would give. */
const HUB_REFUSALS: Record<string, number> = { unauthorized: 401, unauthenticated: 401, forbidden: 403, notFound: 404, conflict: 409, invalid: 400 };

function hubError(error: unknown): unknown {
  const match = /HubException: (\w+): \w+: ([\s\S]*)$/.exec(error instanceof Error ? error.message : '');
  const status = match ? HUB_REFUSALS[match[1]] : undefined;
  return status ? new ApiError(status, { status, detail: match![2] }) : error;
}

/** After this long without a connection the state reads "offline since HH:MM" instead of "reconnecting". */
const OFFLINE_AFTER_MS = 45_000;
const RESYNC_MIN_INTERVAL_MS = 2_000;

const retryForever: IRetryPolicy = {
  nextRetryDelayInMilliseconds: ({ previousRetryCount }) => [0, 1000, 2000, 3000, 5000][previousRetryCount] ?? 5000,
};

interface Entry {
  sub: Subscription;
  lastSequence?: number;
  lastResync: number;
}

class LiveConnection {
  private connection: HubConnection | null = null;
  private token: string | null = null;
  private readonly entries = new Set<Entry>();
  private readonly listeners = new Set<() => void>();
  private readonly catalogListeners = new Set<() => void>();
  private offlineTimer: ReturnType<typeof setTimeout> | undefined;
  private startTimer: ReturnType<typeof setTimeout> | undefined;
  state: LiveState = { status: 'connecting', since: new Date() };

  constructor() {
    // The device lost its network: say so at once (the reconnect loop keeps trying meanwhile).
    window.addEventListener('offline', () => {
      if (this.connection) this.setState('offline', this.lostAt());
    });
  }

  /** Called whenever the catalog of points and programs changed (an administrator, an import). */
  onCatalogChanged(listener: () => void): () => void {
    this.catalogListeners.add(listener);
    return () => this.catalogListeners.delete(listener);
  }

  onState(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private setState(status: LiveStatus, since = new Date()): void {
    if (this.state.status === status) return;
    clearTimeout(this.offlineTimer);
    this.state = { status, since };
    if (status === 'reconnecting') {
      this.offlineTimer = setTimeout(() => this.setState('offline', since), OFFLINE_AFTER_MS);
    }
    this.listeners.forEach((l) => l());
  }

  /** Adds a subscription; returns the function that removes it. */
  subscribe(sub: Subscription): () => void {
    const entry: Entry = { sub, lastResync: 0 };
    this.entries.add(entry);
    this.ensureStarted();
    if (this.connection?.state === HubConnectionState.Connected) void this.invoke(entry);
    return () => {
      this.entries.delete(entry);
      // Stop the server's messages for this feed unless another open view still watches it.
      const same = (e: Entry) => e.sub.method === sub.method && e.sub.args.join('\u0000') === sub.args.join('\u0000');
      if (![...this.entries].some(same) && this.connection?.state === HubConnectionState.Connected) {
        const method = `Unsubscribe${sub.method.slice('Subscribe'.length)}`;
        void this.connection.invoke(method, ...sub.args).catch(() => undefined);
      }
    };
  }

  /** Asks for a fresh snapshot now (a view suspects it missed something). */
  resync(sub: Subscription): void {
    for (const entry of this.entries) if (entry.sub === sub) void this.invoke(entry);
  }

  stop(): void {
    const connection = this.connection;
    this.connection = null;
    this.token = null;
    clearTimeout(this.startTimer);
    void connection?.stop();
  }

  /** Connects (once per signed-in token) even before a view subscribes, so the state is shown everywhere. */
  ensureStarted(): void {
    const session = getSession();
    if (!session) return;
    if (this.connection && this.token === session.token) return;
    this.stop();
    this.token = session.token;
    const connection = new HubConnectionBuilder()
      // ui-culture: the hub words its refusals in the dashboard's language (a browser's WebSocket carries only its own).
      .withUrl(`/hubs/operations?ui-culture=${getLang()}`, { accessTokenFactory: () => getSession()?.token ?? '' })
      .withAutomaticReconnect(retryForever)
      .configureLogging(LogLevel.None)
      .build();
    connection.serverTimeoutInMilliseconds = 20_000;
    connection.keepAliveIntervalInMilliseconds = 5_000;
    for (const kind of KINDS) connection.on(kind, (message: unknown) => this.dispatch(kind, message));
    connection.on('catalogChanged', () => this.catalogListeners.forEach((l) => l()));
    connection.onreconnecting(() => this.setState('reconnecting', this.lostAt()));
    connection.onreconnected(() => this.connected());
    connection.onclose(() => {
      // Automatic reconnect gave up or the server refused: start again after a pause.
      if (this.connection !== connection) return;
      this.setState('reconnecting', this.lostAt());
      this.scheduleStart(connection, 3000);
    });
    this.connection = connection;
    this.scheduleStart(connection, 0);
  }

  private lostAt(): Date {
    return this.state.status === 'live' ? new Date() : this.state.since;
  }

  private scheduleStart(connection: HubConnection, delay: number): void {
    clearTimeout(this.startTimer);
    this.startTimer = setTimeout(async () => {
      if (this.connection !== connection) return;
      try {
        await connection.start();
        this.connected();
      } catch {
        if (this.state.status === 'live' || this.state.status === 'connecting') this.setState('reconnecting', this.lostAt());
        this.scheduleStart(connection, 3000);
      }
    }, delay);
  }

  private connected(): void {
    this.setState('live');
    for (const entry of this.entries) {
      entry.lastSequence = undefined;
      void this.invoke(entry);
    }
  }

  private async invoke(entry: Entry): Promise<void> {
    const connection = this.connection;
    if (!connection || connection.state !== HubConnectionState.Connected) return;
    entry.lastResync = Date.now();
    try {
      const snapshot = await connection.invoke(entry.sub.method, ...entry.sub.args);
      if (!this.entries.has(entry)) return;
      entry.lastSequence = (snapshot as Sequenced).sequence;
      entry.sub.onSnapshot(snapshot);
    } catch (error) {
      if (this.entries.has(entry)) entry.sub.onError(hubError(error));
    }
  }

  private dispatch(kind: MessageKind, message: unknown): void {
    for (const entry of this.entries) {
      if (!entry.sub.accepts(kind, message)) continue;
      const { sequence } = message as Sequenced;
      if (entry.lastSequence !== undefined) {
        // Sent before the snapshot the view holds: already in it.
        if (sequence <= entry.lastSequence) continue;
        // Missed at least one message: take a fresh snapshot, then keep going.
        if (sequence > entry.lastSequence + 1 && Date.now() - entry.lastResync > RESYNC_MIN_INTERVAL_MS) void this.invoke(entry);
      }
      entry.lastSequence = sequence;
      entry.sub.onMessage(kind, message);
    }
  }
}

export const live = new LiveConnection();
