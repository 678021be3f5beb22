import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { staffTextWith } from "./staffTextWith";

afterEach(cleanup);

describe("a staff message with a link inside it", () => {
  it("puts the link where its placeholder is, with the words either side", () => {
    const { container } = render(
      <p>
        {staffTextWith("offer.sent", "meetings", <a href="#/meetings">Meetings</a>, {
          names: "Samira Aziz and Omar Aziz",
        })}
      </p>,
    );
    expect(container).toHaveTextContent(
      "Sent to Samira Aziz and Omar Aziz. Their replies will appear under Meetings.",
    );
    expect(screen.getByRole("link", { name: "Meetings" })).toHaveAttribute("href", "#/meetings");
  });
});
