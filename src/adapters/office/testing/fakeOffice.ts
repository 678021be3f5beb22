/*
 * A fake of the Office.js global for Outlook, faithful in the ways the app depends on: every call
 * answers through a callback, later (never inside the call); failures arrive as
 * `Office.AsyncResultStatus.Failed` with Office's error names and codes; bodies over 1,000,000
 * characters are refused (`DataExceedsMaximumSize`); `getItemIdAsync` on a new item fails with
 * `ItemNotSaved`; the profile's time zone is a Windows name; a fourth call while three are in
 * flight fails, as Outlook on the web does. `saveAsync` saves a new appointment (as a draft: nothing is
 * sent) and gives it its EWS id; `mailbox.convertToRestId` turns that into the REST form. A pinned
 * pane's item changes with `control.changeItem`, which fires the `ItemChanged` handlers. The error names are the ones Office.js documents for
 * these calls; the numeric codes beside them are for display only (the adapter reads names), and
 * the names of the two limits Office does not name in its typings (too many calls at once, custom
 * properties over 2,500 characters) are our own.
 *
 * `fakeOffice` is one self-contained function (no imports, no outside references) so an end-to-end
 * test can put its source into the page before the app loads (`page.addInitScript`): the app then
 * runs its production Office adapter against it.
 */

export interface FakeAttendee {
  displayName: string;
  emailAddress: string;
}

export interface FakeLocation {
  locationIdentifier: { id: string; type: string };
  displayName: string;
  emailAddress?: string;
}

export type FakeItemSetup =
  | {
      type: "appointmentCompose";
      /** A new appointment has no id until saved. */
      saved?: boolean;
      subject?: string;
      start: string;
      end: string;
      requiredAttendees?: FakeAttendee[];
      optionalAttendees?: FakeAttendee[];
      locations?: FakeLocation[];
      sensitivity?: string;
      body?: string;
      customProperties?: Record<string, string>;
    }
  | {
      type: "messageRead";
      itemId: string;
      internetMessageId: string;
      subject: string;
      from: FakeAttendee;
      dateTimeCreated: string;
      body: string;
    }
  | { type: "messageCompose"; to?: FakeAttendee[]; body?: string };

export interface FakeFailure {
  /** `<property>.<method>`, e.g. `optionalAttendees.setAsync`, `body.setAsync`, `customProperties.saveAsync`. */
  target: string;
  name: string;
  code: number;
  message?: string;
  /** How many calls fail before the target works again (default 1). */
  times?: number;
}

export interface FakeOfficeSetup {
  item: FakeItemSetup | null;
  /** Outlook reports Windows zone names, e.g. "GMT Standard Time". */
  timeZone?: string;
  emailAddress?: string;
  displayLanguage?: string;
  bodyBackgroundColor?: string;
  failures?: FakeFailure[];
  /** Outlook has been seen to cut long bodies: keep only this many characters of what is set. */
  truncateBodyAt?: number;
  latencyMs?: number;
}

export interface FakeOutlookState {
  subject: string;
  start: string;
  end: string;
  requiredAttendees: FakeAttendee[];
  optionalAttendees: FakeAttendee[];
  locations: FakeLocation[];
  sensitivity: string;
  body: string;
  customProperties: Record<string, string>;
  to: FakeAttendee[];
}

export interface FakeOutlookControl {
  /** The item as Outlook holds it now. */
  state: FakeOutlookState;
  /** Every call made, `<property>.<method>`, in order. */
  calls: string[];
  /** The most calls that were ever in flight at once. */
  peakInFlight: number;
  fail(failure: FakeFailure): void;
  /** The user selects another item while the pane is pinned: `mailbox.item` becomes it and ItemChanged fires. */
  changeItem(next: FakeItemSetup | null): void;
}

export function fakeOffice(setup: FakeOfficeSetup): { office: unknown; control: FakeOutlookControl } {
  const MAX_BODY = 1_000_000;
  const latency = setup.latencyMs ?? 5;
  let item = setup.item;
  let ap = item?.type === "appointmentCompose" ? item : undefined;
  const stateOf = (): FakeOutlookState => ({
    subject: ap?.subject ?? (item?.type === "messageRead" ? item.subject : ""),
    start: ap?.start ?? "",
    end: ap?.end ?? "",
    requiredAttendees: [...(ap?.requiredAttendees ?? [])],
    optionalAttendees: [...(ap?.optionalAttendees ?? [])],
    locations: [...(ap?.locations ?? [])],
    sensitivity: ap?.sensitivity ?? "normal",
    body: item?.body ?? "",
    customProperties: { ...(ap?.customProperties ?? {}) },
    to: item?.type === "messageCompose" ? [...(item.to ?? [])] : [],
  });
  const state = stateOf();
  // The EWS id a new appointment gets when saved ("/" and "+" are where the REST form differs).
  const EWS_ID = "AAMkAGfake/appointment+1=";
  let saved = ap?.saved ?? false;
  const handlers: (() => void)[] = [];
  const failures: FakeFailure[] = [...(setup.failures ?? [])];
  const control: FakeOutlookControl = {
    state,
    calls: [],
    peakInFlight: 0,
    fail: (f) => failures.push(f),
    changeItem(next) {
      item = next;
      ap = item?.type === "appointmentCompose" ? item : undefined;
      saved = ap?.saved ?? false;
      Object.assign(state, stateOf());
      office.context.mailbox.item = makeItem();
      // Outlook fires the event later, never inside the user's action.
      setTimeout(() => {
        for (const h of handlers) h();
      }, latency);
    },
  };
  let inFlight = 0;
  type Cb = (r: {
    status: string;
    value: unknown;
    error?: { name: string; code: number; message: string };
  }) => void;
  const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

  /** Answers later, through the callback, as Office does; applies the change only on success. */
  function run(target: string, cb: Cb | undefined, work: () => unknown) {
    control.calls.push(target);
    inFlight++;
    control.peakInFlight = Math.max(control.peakInFlight, inFlight);
    const tooMany = inFlight > 3;
    const i = failures.findIndex((f) => f.target === target);
    const failure = i >= 0 ? failures[i] : undefined;
    if (failure) {
      failure.times = (failure.times ?? 1) - 1;
      if (failure.times <= 0) failures.splice(i, 1);
    }
    setTimeout(() => {
      inFlight--;
      const error = tooMany
        ? { name: "TooManyRequests", code: 9057, message: "Too many calls at once." }
        : failure
          ? { name: failure.name, code: failure.code, message: failure.message ?? `${failure.name}` }
          : undefined;
      if (error) {
        cb?.({ status: "failed", value: undefined, error });
        return;
      }
      try {
        // The work is done even when no callback was given (a callback is optional in Office.js).
        const value = work();
        cb?.({ status: "succeeded", value });
      } catch (e) {
        const err = e as { name: string; code: number; message: string };
        cb?.({
          status: "failed",
          value: undefined,
          error: { name: err.name, code: err.code, message: err.message },
        });
      }
    }, latency);
  }
  const officeError = (name: string, code: number, message: string) =>
    Object.assign(new Error(message), { name, code });

  function property<K extends keyof FakeOutlookState>(
    name: string,
    key: K,
    toOffice?: (v: unknown) => unknown,
    fromOffice?: (v: unknown) => unknown,
  ) {
    return {
      getAsync(cb: Cb) {
        run(`${name}.getAsync`, cb, () => (toOffice ? toOffice(state[key]) : copy(state[key])));
      },
      setAsync(value: unknown, a: unknown, b?: unknown) {
        const cb = (typeof a === "function" ? a : b) as Cb | undefined;
        run(`${name}.setAsync`, cb, () => {
          state[key] = (fromOffice ? fromOffice(value) : copy(value)) as FakeOutlookState[K];
        });
      },
    };
  }
  const asDate = (v: unknown) => new Date(String(v));
  const fromDate = (v: unknown) => {
    if (!(v instanceof Date) || Number.isNaN(v.getTime()))
      throw officeError("InvalidParameterValueError", 9036, "Not a date.");
    return v.toISOString();
  };

  const body = {
    getAsync(coercion: unknown, a: unknown, b?: unknown) {
      const cb = (typeof a === "function" ? a : b) as Cb;
      run("body.getAsync", cb, () => (coercion === "html" ? state.body : state.body.replace(/<[^>]*>/g, "")));
    },
    setAsync(data: string, _options: unknown, cb: Cb) {
      if (data.length > MAX_BODY) {
        run("body.setAsync", cb, () => {
          throw officeError(
            "DataExceedsMaximumSize",
            1000,
            "The data parameter is longer than 1,000,000 characters.",
          );
        });
        return;
      }
      run("body.setAsync", cb, () => {
        state.body = setup.truncateBodyAt === undefined ? data : data.slice(0, setup.truncateBodyAt);
      });
    },
    setSelectedDataAsync(data: string, _options: unknown, cb: Cb) {
      run("body.setSelectedDataAsync", cb, () => {
        if (data.length > MAX_BODY) throw officeError("DataExceedsMaximumSize", 1000, "Too long.");
        state.body = data + state.body;
      });
    },
  };

  function makeItem(): unknown {
    let officeItem: unknown = null;
    if (item?.type === "appointmentCompose") {
      officeItem = {
        itemType: "appointment",
        subject: property("subject", "subject"),
        start: property("start", "start", asDate, fromDate),
        end: property("end", "end", asDate, fromDate),
        requiredAttendees: property("requiredAttendees", "requiredAttendees"),
        optionalAttendees: property("optionalAttendees", "optionalAttendees"),
        sensitivity: property("sensitivity", "sensitivity"),
        body,
        enhancedLocation: {
          getAsync(cb: Cb) {
            run("enhancedLocation.getAsync", cb, () => copy(state.locations));
          },
          addAsync(ids: { id: string; type: string }[], cb: Cb) {
            run("enhancedLocation.addAsync", cb, () => {
              for (const id of ids)
                state.locations.push({
                  locationIdentifier: { id: id.id, type: id.type },
                  displayName: id.id,
                  ...(id.type === "room" ? { emailAddress: id.id } : {}),
                });
            });
          },
          removeAsync(ids: { id: string; type: string }[], cb: Cb) {
            run("enhancedLocation.removeAsync", cb, () => {
              state.locations = state.locations.filter(
                (l) =>
                  !ids.some((i) => i.id === l.locationIdentifier.id && i.type === l.locationIdentifier.type),
              );
            });
          },
        },
        loadCustomPropertiesAsync(cb: Cb) {
          const pending: Record<string, string> = { ...state.customProperties };
          const props = {
            get: (name: string) => pending[name],
            set: (name: string, value: string) => {
              pending[name] = String(value);
            },
            remove: (name: string) => {
              delete pending[name];
            },
            getAll: () => ({ ...pending }),
            saveAsync(saved: Cb) {
              run("customProperties.saveAsync", saved, () => {
                if (JSON.stringify(pending).length > 2500)
                  throw officeError(
                    "CustomPropertiesTooLong",
                    9057,
                    "Custom properties are limited to 2,500 characters.",
                  );
                state.customProperties = { ...pending };
              });
            },
          };
          run("loadCustomPropertiesAsync", cb, () => props);
        },
        getItemIdAsync(cb: Cb) {
          run("getItemIdAsync", cb, () => {
            if (!saved)
              throw officeError("ItemNotSaved", 9041, "The ID can't be retrieved until the item is saved.");
            return EWS_ID;
          });
        },
        saveAsync(cb: Cb) {
          run("saveAsync", cb, () => {
            saved = true;
            return EWS_ID;
          });
        },
      };
    } else if (item?.type === "messageRead") {
      officeItem = {
        itemType: "message",
        itemId: item.itemId,
        internetMessageId: item.internetMessageId,
        subject: item.subject,
        from: item.from,
        dateTimeCreated: new Date(item.dateTimeCreated),
        body,
      };
    } else if (item?.type === "messageCompose") {
      officeItem = {
        itemType: "message",
        subject: property("subject", "subject"),
        to: property("to", "to"),
        body,
      };
    }
    return officeItem;
  }

  const office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Html: "html", Text: "text" },
    HostType: { Outlook: "Outlook" },
    MailboxEnums: {
      LocationType: { Custom: "custom", Room: "room" },
      AppointmentSensitivityType: {
        Normal: "normal",
        Personal: "personal",
        Private: "private",
        Confidential: "confidential",
      },
      ItemType: { Message: "message", Appointment: "appointment" },
      RestVersion: { v1_0: "v1.0", v2_0: "v2.0", Beta: "beta" },
    },
    EventType: { ItemChanged: "olkItemSelectedChanged" },
    onReady: () => Promise.resolve({ host: "Outlook", platform: "OfficeOnline" }),
    context: {
      displayLanguage: setup.displayLanguage ?? "en-GB",
      officeTheme: { bodyBackgroundColor: setup.bodyBackgroundColor ?? "#ffffff" },
      mailbox: {
        userProfile: {
          timeZone: setup.timeZone ?? "GMT Standard Time",
          emailAddress: setup.emailAddress ?? "",
          displayName: "",
        },
        item: makeItem(),
        convertToRestId(itemId: string, restVersion: string) {
          if (restVersion !== "v2.0" && restVersion !== "v1.0" && restVersion !== "beta")
            throw officeError("InvalidParameterValueError", 9036, "Unknown REST version.");
          return itemId.replace(/\//g, "-").replace(/\+/g, "_");
        },
        addHandlerAsync(eventType: string, handler: () => void, cb?: Cb) {
          run("mailbox.addHandlerAsync", cb, () => {
            if (eventType !== "olkItemSelectedChanged")
              throw officeError("InvalidParameterValueError", 9036, "Unknown event type.");
            handlers.push(handler);
          });
        },
      },
    },
  };
  return { office, control };
}
