import { Text } from "@fluentui/react-components";
import { staffText } from "../../domain/i18n/staffMessages";
import { AsyncView } from "../AsyncView";
import { useServices } from "../services";
import { useAsync } from "../useAsync";

/** "Did you feel listened to?": families' answers to summaries, counted by term (no names). */
export function ListeningPanel() {
  const { summaries } = useServices();
  const [state, retry] = useAsync(() => summaries.listening(), [summaries]);
  return (
    <section aria-labelledby="listening-heading">
      <h3 id="listening-heading">{staffText("summary.listening.heading")}</h3>
      <Text>{staffText("summary.listening.intro")}</Text>
      <AsyncView state={state} retry={retry} loadingLabel={staffText("summary.listening.counting")}>
        {(rows) =>
          rows.length === 0 ? (
            <Text>{staffText("summary.listening.none")}</Text>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{staffText("summary.listening.term")}</th>
                  <th scope="col">{staffText("summary.listening.yes")}</th>
                  <th scope="col">{staffText("summary.listening.partly")}</th>
                  <th scope="col">{staffText("summary.listening.no")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.term}>
                    <th scope="row">{r.term}</th>
                    <td>{r.yes}</td>
                    <td>{r.partly}</td>
                    <td>{r.no}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </AsyncView>
    </section>
  );
}
