import { Button, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { ChevronLeftRegular, ChevronRightRegular } from "@fluentui/react-icons";
import { staffText } from "../../domain/i18n/staffMessages";
import type { Schedule } from "../../domain/ports/free-busy";
import { dateTimeFormat, formatShortDate, formatTime, formatTimeRange } from "../../domain/time/format";
import { addDays, type LocalDate, localDateToIso } from "../../domain/time/localDate";
import { wallTime } from "../../domain/time/wallTime";
import type { IanaZone } from "../../domain/time/zone";
import { startOfLocalDay, toInstant } from "../../domain/time/zonedTime";

// Busy, tentative and suggested differ in shape (solid, striped, outlined), not only in colour, so
// they stay apart in the contrast theme and under Windows' forced colours.
const FORCED = "@media (forced-colors: active)";

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
    // A narrow window wraps a long name rather than cutting it short.
    "@media (max-width: 480px)": { width: "4.5rem", whiteSpace: "normal", overflowWrap: "anywhere" },
  },
  cell: { padding: "2px", borderLeft: `1px solid ${tokens.colorNeutralStroke2}` },
  axis: { position: "relative", height: "1.4em", color: tokens.colorNeutralForeground2 },
  tick: { position: "absolute", top: 0, transform: "translateX(-50%)", fontWeight: tokens.fontWeightRegular },
  // Where a day is too narrow for four hours to be read, only midday is labelled.
  minorTick: { "@media (max-width: 480px)": { display: "none" } },
  track: {
    position: "relative",
    height: "18px",
    backgroundColor: tokens.colorNeutralBackground3,
    // An edge, so a free day shows as an empty track even where the track's colour is the page's.
    outline: `1px solid ${tokens.colorNeutralStroke2}`,
    outlineOffset: "-1px",
    borderRadius: tokens.borderRadiusSmall,
    forcedColorAdjust: "none",
    [FORCED]: { backgroundColor: "Canvas", outline: "1px solid CanvasText" },
  },
  grid: {
    position: "absolute",
    top: 0,
    bottom: 0,
    width: "1px",
    backgroundColor: tokens.colorNeutralStroke1,
    [FORCED]: { backgroundColor: "GrayText" },
  },
  busy: {
    position: "absolute",
    top: 0,
    bottom: 0,
    backgroundColor: tokens.colorPaletteRedBackground3,
    [FORCED]: { backgroundColor: "CanvasText" },
  },
  tentative: {
    position: "absolute",
    top: 0,
    bottom: 0,
    backgroundImage: `repeating-linear-gradient(135deg, ${tokens.colorPaletteMarigoldForeground2} 0 3px, transparent 3px 6px)`,
    [FORCED]: {
      backgroundImage: "repeating-linear-gradient(135deg, CanvasText 0 3px, transparent 3px 6px)",
    },
  },
  slot: {
    position: "absolute",
    top: "-2px",
    bottom: "-2px",
    border: `2px solid ${tokens.colorCompoundBrandStroke}`,
    borderRadius: tokens.borderRadiusSmall,
    [FORCED]: { border: "2px solid Highlight" },
  },
  nav: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    listStyle: "none",
    padding: 0,
    margin: `0 0 ${tokens.spacingVerticalS}`,
  },
  key: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  swatch: { position: "relative", width: "2rem", height: "14px", flex: "none" },
  whole: { left: 0, right: 0 },
});

const DAY_START = 8 * 60;
const DAY_END = 18 * 60;
/** Hours marked on the time axis, with a faint line down every track. */
const AXIS_HOURS = [10, 12, 14, 16];

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
  const span = DAY_END - DAY_START;
  const at = (minutes: number) => `${((minutes - DAY_START) / span) * 100}%`;
  const place = (date: LocalDate, start: number, end: number) => {
    const dayStart = toWall(date, DAY_START, zone);
    const dayEnd = toWall(date, DAY_END, zone);
    const s = Math.max(start, dayStart);
    const e = Math.min(end, dayEnd);
    if (e <= s) return undefined;
    const length = dayEnd - dayStart;
    return { left: `${((s - dayStart) / length) * 100}%`, width: `${((e - s) / length) * 100}%` };
  };
  const hour = dateTimeFormat(locale, zone, { hour: "numeric" });
  const hourLabel = (h: number) => hour.format(toWall(monday, h * 60, zone));
  const range = staffText("findTimes.week.range", {
    from: formatTime(toWall(monday, DAY_START, zone), zone, locale),
    to: formatTime(toWall(monday, DAY_END, zone), zone, locale),
  });
  const gridLines = AXIS_HOURS.map((h) => (
    <div key={h} className={styles.grid} style={{ left: at(h * 60) }} aria-hidden="true" />
  ));
  return (
    <section aria-labelledby="week-heading">
      <div className={styles.nav}>
        <h3 id="week-heading">
          {staffText("findTimes.week.heading", { date: formatShortDate(monday, locale) })}
        </h3>
        <Button
          icon={<ChevronLeftRegular />}
          aria-label={staffText("findTimes.week.previous")}
          onClick={() => onWeek(addDays(monday, -7))}
        />
        <Button
          icon={<ChevronRightRegular />}
          aria-label={staffText("findTimes.week.next")}
          onClick={() => onWeek(addDays(monday, 7))}
        />
      </div>
      <Text as="p" size={200} id="week-range">
        {range}
      </Text>
      <ul className={styles.legend} aria-label={staffText("findTimes.week.key")}>
        <Key label={staffText("findTimes.week.busy")} className={styles.busy} />
        <Key label={staffText("findTimes.week.tentative")} className={styles.tentative} />
        <Key label={staffText("findTimes.week.slot")} className={styles.slot} />
        <Key label={staffText("findTimes.week.free")} className={undefined} />
      </ul>
      <table className={styles.table} aria-labelledby="week-heading" aria-describedby="week-range">
        <thead>
          <tr>
            <th className={styles.name} scope="col">
              {staffText("findTimes.week.who")}
            </th>
            {days.map((d) => (
              <th key={d} scope="col">
                {formatShortDate(d, locale)}
              </th>
            ))}
          </tr>
          <tr>
            <th className={styles.name} scope="row">
              {staffText("findTimes.week.time")}
            </th>
            {days.map((d) => (
              <td key={d} className={styles.cell}>
                <div className={styles.axis}>
                  {AXIS_HOURS.map((h) => (
                    <span
                      key={h}
                      className={mergeClasses(styles.tick, h !== 12 && styles.minorTick)}
                      style={{ left: at(h * 60) }}
                    >
                      {hourLabel(h)}
                    </span>
                  ))}
                </div>
              </td>
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
                  ? busy
                      .map((b) =>
                        staffText(
                          b.status === "tentative" ? "findTimes.week.tentativeAt" : "findTimes.week.busyAt",
                          {
                            time: formatTimeRange(b.start, b.end, zone, locale),
                          },
                        ),
                      )
                      .join(", ")
                  : staffText("findTimes.week.freeAllDay");
                return (
                  <td key={d} className={styles.cell}>
                    <div
                      className={styles.track}
                      role="img"
                      aria-label={`${names.get(s.address) ?? s.address}, ${localDateToIso(d)}: ${label}`}
                    >
                      {gridLines}
                      {busy.map((b) => (
                        <div
                          key={`${b.start}-${b.end}`}
                          className={b.status === "tentative" ? styles.tentative : styles.busy}
                          style={place(d, b.start, b.end)}
                        />
                      ))}
                      {slots.map((sl) => {
                        const where = place(d, sl.start, sl.end);
                        return where ? <div key={sl.start} className={styles.slot} style={where} /> : null;
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

/** One entry of the key: a sample drawn exactly as the week draws it. */
function Key({ label, className }: { label: string; className: string | undefined }) {
  const styles = useStyles();
  return (
    <li className={styles.key}>
      <span className={mergeClasses(styles.track, styles.swatch)} aria-hidden="true">
        {className && <span className={mergeClasses(className, styles.whole)} />}
      </span>
      {label}
    </li>
  );
}

function toWall(date: LocalDate, minutes: number, zone: IanaZone): number {
  const at = toInstant(date, wallTime(Math.floor(minutes / 60), minutes % 60), zone, "earlier");
  return at.ok ? at.at : startOfLocalDay(date, zone) + minutes * 60_000;
}
