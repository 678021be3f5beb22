import { createContext, type ReactNode, useContext } from "react";
import type { Directory } from "../domain/ports/directory";
import type { FamilyContacts } from "../domain/ports/family-contacts";
import type { Host } from "../domain/ports/host";
import type { Records } from "../domain/ports/records";
import type { RecordsSetup } from "../domain/ports/records-setup";
import type { Clock } from "../domain/time/clock";
import type { IanaZone } from "../domain/time/zone";

/** Controls that exist only on the demo tenant (never in a school's deployment). */
export interface DemoControls {
  reset(): Promise<void>;
  /** Makes the next matching Graph call fail, to see how the app copes. */
  injectFault(fault: "throttle" | "unavailable" | "timeout" | "conflict"): void;
}

/** What features use; `src/app` builds it from live or demo adapters. */
export interface Services {
  readonly host: Host;
  readonly clock: Clock;
  readonly schoolZone: IanaZone;
  readonly directory: Directory;
  readonly records: Records;
  readonly setup: RecordsSetup;
  readonly families: FamilyContacts;
  readonly demo: DemoControls | undefined;
}

const ServicesContext = createContext<Services | undefined>(undefined);

export function ServicesProvider({ services, children }: { services: Services; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error("useServices must be used inside ServicesProvider");
  return services;
}
