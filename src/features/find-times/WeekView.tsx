import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronLeftRegular, ChevronRightRegular } from "@fluentui/react-icons";
import type { Schedule } from "../../domain/ports/free-busy";
import { formatShortDate, formatTimeRange } from "../../domain/time/format";
import { addDays, type LocalDate, localDateToIso } from "../../domain/time/localDate";
import { wallTime } from "../../domain/time/wallTime";
import type { IanaZone } from "../../domain/time/zone";
import { startOfLocalDay, toInstant } from "../../domain/time/zonedTime";

const useStyles = makeStyles({
  table: {
    borderCollapse: "collapse",
    width: "100%",
    tableLayout: "fixed",
    fontSize: tokens.fontSizeBase200,
  },
  name: {
    textAlign: "left",
    width: "8rem",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    padding: tokens.spacingHorizontalXS,
  },
  cell: { padding: "2px", borderLeft: `1px solid ${tokens.colorNeutralStroke2}` },
  track: {
    position: "relative",
    height: "18px",
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
  },
  busy: { position: "absolute", top: 0, bottom: 0, backgroundColor: tokens.colorPaletteRedBackground3 },
  tentative: {
    position: "absolute",
    top: 0,
    bottom: 0,
    backgroundColor: tokens.colorPaletteMarigoldBackground3,
  },
  slot: {
    position: "absolute",
    top: "-2px",
    bottom: "-2px",
    border: `2px solid ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
  },
  nav: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

const DAY_START = 8 * 60;
const DAY_END = 18 * 60;

interface Props {
  schedules: readonly Schedule[];
  names: ReadonlyMap<string, string>;
  slots: readonly { start: number; end: number }[];
  monday: LocalDate;
  zone: IanaZone;
  locale: string;
  onWeek: (monday: LocalDate) => void;
}

/** Where everyone is busy in one school week, 8am–6pm, with the suggested times outlined. */
export function WeekView({ schedules, names, slots, monday, zone, locale, onWeek }: Props) {
  const styles = useStyles();
  const days = [0, 1, 2, 3, 4].map((i) => addDays(monday, i));
  const place = (date: LocalDate, start: number, end: number) => {
    const dayStart = toWall(date, DAY_START, zone);
    const dayEnd = toWall(date, DAY_END, zone);
    const s = Math.max(start, dayStart);
    const e = Math.min(end, dayEnd);
    if (e <= s) return undefined;
    const span = dayEnd - dayStart;
    return { left: `${((s - dayStart) / span) * 100}%`, width: `${((e - s) / span) * 100}%` };
  };
  return (
    <section aria-labelledby="week-heading">
      <div className={styles.nav}>
        <h3 id="week-heading">Week of {formatShortDate(monday, locale)}</h3>
        <Button
          icon={<ChevronLeftRegular />}
          aria-label="Previous week"
          onClick={() => onWeek(addDays(monday, -7))}
        />
        <Button
          icon={<ChevronRightRegular />}
          aria-label="Next week"
          onClick={() => onWeek(addDays(monday, 7))}
        />
      </div>
      <table className={styles.table}>
        <thead>
          <tr>
            <th className={styles.name} scope="col">
              Who
            </th>
            {days.map((d) => (
              <th key={d} scope="col">
                {formatShortDate(d, locale)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {schedules.map((s) => (
            <tr key={s.address}>
              <th className={styles.name} scope="row" title={names.get(s.address) ?? s.address}>
                {names.get(s.address) ?? s.address}
              </th>
              {days.map((d) => {
                const busy = s.busy.filter((b) => b.status !== "free" && place(d, b.start, b.end));
                const label = busy.length
                  ? `Busy ${busy.map((b) => formatTimeRange(b.start, b.end, zone, locale)).join(", ")}`
                  : "Free all day";
                return (
                  <td key={d} className={styles.cell}>
                    <div
                      className={styles.track}
                      role="img"
                      aria-label={`${names.get(s.address) ?? s.address}, ${localDateToIso(d)}: ${label}`}
                    >
                      {busy.map((b) => (
                        <div
                          key={`${b.start}-${b.end}`}
                          className={b.status === "tentative" ? styles.tentative : styles.busy}
                          style={place(d, b.start, b.end)}
                        />
                      ))}
                      {slots.map((sl) => {
                        const at = place(d, sl.start, sl.end);
                        return at ? <div key={sl.start} className={styles.slot} style={at} /> : null;
                      })}
                    </div>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function toWall(date: LocalDate, minutes: number, zone: IanaZone): number {
  const at = toInstant(date, wallTime(Math.floor(minutes / 60), minutes % 60), zone, "earlier");
  return at.ok ? at.at : startOfLocalDay(date, zone) + minutes * 60_000;
}
