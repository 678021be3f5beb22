import { staffText } from "../../domain/i18n/staffMessages";
import { useServices } from "../services";
import { MeetingList } from "./MeetingList";

/** Every meeting for one child, newest first, each with where it stands and what can be done. */
export function ChildMeetings({ childId, childName }: { childId: string; childName: string }) {
  const { meetings } = useServices();
  return (
    <section aria-labelledby="child-meetings-heading">
      <h3 id="child-meetings-heading">{staffText("meetings.heading")}</h3>
      <MeetingList
        load={() => meetings.forChild(childId)}
        loadKey={[meetings, childId]}
        label={staffText("meetings.child.label", { name: childName })}
        empty={staffText("meetings.child.empty")}
      />
    </section>
  );
}
