import { describe, expect, it } from "vitest";
import { matchPage, routes } from "./routes.ts";
import { nextLocation, signInPath } from "./routing/navigation.ts";

describe("the route table", () => {
  it("knows the account pages", () => {
    expect(matchPage("/")).toEqual({ page: "home", params: {} });
    expect(matchPage("/sign-in")).toEqual({ page: "signIn", params: {} });
    expect(matchPage("/register/")).toEqual({ page: "register", params: {} });
    expect(matchPage("/account/second-factor")).toEqual({ page: "secondFactor", params: {} });
    expect(matchPage("/admin/invitations")).toEqual({ page: "adminInvitations", params: {} });
    expect(matchPage("/password-reset")).toEqual({ page: "passwordReset", params: {} });
  });

  it("knows the appointment pages", () => {
    expect(matchPage("/appointments")).toEqual({ page: "appointments", params: {} });
    expect(matchPage("/appointments/register")).toEqual({
      page: "appointmentRegistration",
      params: {},
    });
    expect(matchPage("/port/check-in")).toEqual({ page: "portCheckIn", params: {} });
    expect(matchPage("/referrals/")).toEqual({ page: "referrals", params: {} });
    expect(matchPage("/registrations/held")).toEqual({ page: "heldRegistrations", params: {} });
    expect(matchPage("/lottery/2023-06-01")).toEqual({
      page: "lottery",
      params: { date: "2023-06-01" },
    });
    expect(matchPage("/lottery/yesterday")).toEqual({ page: "notFound", params: {} });
  });

  it("reads the token or id from the path", () => {
    expect(matchPage("/invitation/abc%2Bdef")).toEqual({
      page: "invitation",
      params: { token: "abc+def" },
    });
    expect(matchPage("/password-reset/t0k")).toEqual({
      page: "passwordResetComplete",
      params: { token: "t0k" },
    });
    expect(matchPage("/cases/42")).toEqual({ page: "case", params: { id: "42" } });
    expect(matchPage("/cases")).toEqual({ page: "cases", params: {} });
    expect(matchPage("/search")).toEqual({ page: "search", params: {} });
  });

  it("answers notFound for anything else", () => {
    expect(matchPage("/cases/42/x")).toEqual({ page: "notFound", params: {} });
    expect(matchPage("/invitation/a/b")).toEqual({ page: "notFound", params: {} });
    expect(matchPage("/constructor")).toEqual({ page: "notFound", params: {} });
    expect(matchPage("/Sign-In")).toEqual({ page: "notFound", params: {} });
    expect(matchPage("/sign-in//")).toEqual({ page: "notFound", params: {} });
  });

  it("says which pages need a signed-in account, and of which roles", () => {
    const access = Object.fromEntries(
      Object.entries(routes).flatMap(([name, entry]) =>
        entry.account ? [[name, entry.account]] : [],
      ),
    );
    expect(access).toEqual({
      cases: "any",
      search: "any",
      case: "any",
      adminInvitations: ["administrator"],
      appointments: ["applicant"],
      appointmentRegistration: ["applicant"],
      portCheckIn: ["cbp_officer"],
      referrals: ["ngo_screener", "cbp_officer"],
      heldRegistrations: ["cbp_officer"],
      docket: ["court_clerk", "immigration_judge", "ice_officer"],
      removalFlights: ["ice_officer"],
      removalFlight: ["ice_officer"],
    });
  });
});

describe("sign-in and ?next=", () => {
  it("returns to the page the reader came from", () => {
    expect(signInPath("/cases/42?lang=ru")).toBe("/sign-in?next=%2Fcases%2F42%3Flang%3Dru");
    expect(nextLocation("?next=%2Fcases%2F42%3Flang%3Dru")).toBe("/cases/42?lang=ru");
    expect(signInPath("/")).toBe("/sign-in");
  });

  it("never sends the reader to another site", () => {
    expect(nextLocation("?next=https%3A%2F%2Fevil.example")).toBe("/");
    expect(nextLocation("?next=%2F%2Fevil.example")).toBe("/");
    expect(nextLocation("?next=%2F%5Cevil.example")).toBe("/");
    expect(nextLocation("")).toBe("/");
  });
});
