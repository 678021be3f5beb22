import {
  Button,
  Field,
  FluentProvider,
  Input,
  Tab,
  TabList,
  webLightTheme,
} from "@fluentui/react-components";
import { createRoot } from "react-dom/client";

/*
 * The least a Fluent v9 task pane can load: a provider, a tab list, a labelled input and a button.
 * tests/bench/taskpane.bench.ts builds this with the same Vite as the app and divides the app's
 * first-screen JS by this page's, so the ratio says what the app adds over Fluent itself.
 */
function FloorPage() {
  return (
    <FluentProvider theme={webLightTheme}>
      <h1>Fluent floor</h1>
      <TabList defaultSelectedValue="meetings">
        <Tab value="meetings">Meetings</Tab>
        <Tab value="children">Children</Tab>
        <Tab value="settings">Settings</Tab>
      </TabList>
      <Field label="Child's name">
        <Input />
      </Field>
      <Button appearance="primary">Find times</Button>
    </FluentProvider>
  );
}

const rootElement = document.getElementById("root");
if (!rootElement) throw new Error("index.html has no #root");
createRoot(rootElement).render(<FloorPage />);
