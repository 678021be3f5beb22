import { Text } from "@fluentui/react-components";
import { AsyncView } from "../AsyncView";
import { useServices } from "../services";
import { useAsync } from "../useAsync";

/** "Did you feel listened to?": families' answers to summaries, counted by term (no names). */
export function ListeningPanel() {
  const { summaries } = useServices();
  const [state, retry] = useAsync(() => summaries.listening(), [summaries]);
  return (
    <section aria-labelledby="listening-heading">
      <h3 id="listening-heading">Did families feel listened to?</h3>
      <Text>
        Answers to meeting summaries, counted by term. Only the counts are shown: no names, no comments.
      </Text>
      <AsyncView state={state} retry={retry} loadingLabel="Counting answers…">
        {(rows) =>
          rows.length === 0 ? (
            <Text>No answers yet.</Text>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">Term</th>
                  <th scope="col">Yes</th>
                  <th scope="col">Partly</th>
                  <th scope="col">No</th>
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
