import {
  Badge,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { staffText } from "../../domain/i18n/staffMessages";
import { AsyncView } from "../AsyncView";
import { useServices } from "../services";
import { useAsync } from "../useAsync";

const useStyles = makeStyles({
  grid: { display: "grid", gap: tokens.spacingVerticalL },
  badges: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  // A narrow window wraps a feature's name inside its badge instead of letting it spill over the next.
  badge: { maxWidth: "100%", whiteSpace: "normal", height: "auto", minHeight: "20px" },
});

/** The people and rooms a meeting can draw on. */
export function PeopleAndRooms() {
  const { directory } = useServices();
  const styles = useStyles();
  const [state, retry] = useAsync(async () => {
    const [staff, rooms] = await Promise.all([directory.staff(), directory.rooms()]);
    return { staff, rooms };
  }, [directory]);
  return (
    <section aria-labelledby="people-heading" className={styles.grid}>
      <h3 id="people-heading">{staffText("meetings.people.heading")}</h3>
      <AsyncView state={state} retry={retry} loadingLabel={staffText("meetings.people.loading")}>
        {({ staff, rooms }) => (
          <>
            <Table aria-label={staffText("meetings.people.staff")} size="small">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{staffText("meetings.people.staff")}</TableHeaderCell>
                  <TableHeaderCell>{staffText("meetings.people.role")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {staff.map((s) => (
                  <TableRow key={s.id}>
                    <TableCell>{s.name}</TableCell>
                    <TableCell>{s.jobTitle}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <Table aria-label={staffText("meetings.people.rooms")} size="small">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{staffText("meetings.people.room")}</TableHeaderCell>
                  <TableHeaderCell>{staffText("meetings.people.seats")}</TableHeaderCell>
                  <TableHeaderCell>{staffText("meetings.people.features")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {rooms.map((r) => (
                  <TableRow key={r.id}>
                    <TableCell>{r.name}</TableCell>
                    <TableCell>{r.capacity}</TableCell>
                    <TableCell>
                      <span className={styles.badges}>
                        {r.features.map((f) => (
                          <Badge key={f} appearance="tint" className={styles.badge}>
                            {staffText(`meetings.people.feature.${f}`)}
                          </Badge>
                        ))}
                      </span>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </>
        )}
      </AsyncView>
    </section>
  );
}
