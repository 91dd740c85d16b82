import { describe, expect, it } from "vitest";
import { matchRoute, nextLocation, signInPath } from "./router.tsx";

describe("matchRoute", () => {
  it("knows the account pages", () => {
    expect(matchRoute("/")).toEqual({ page: "home" });
    expect(matchRoute("/sign-in")).toEqual({ page: "signIn" });
    expect(matchRoute("/register/")).toEqual({ page: "register" });
    expect(matchRoute("/account/second-factor")).toEqual({ page: "secondFactor" });
    expect(matchRoute("/admin/invitations")).toEqual({ page: "adminInvitations" });
    expect(matchRoute("/password-reset")).toEqual({ page: "passwordReset" });
  });

  it("knows the appointment pages", () => {
    expect(matchRoute("/appointments")).toEqual({ page: "appointments" });
    expect(matchRoute("/appointments/register")).toEqual({ page: "appointmentRegistration" });
    expect(matchRoute("/port/check-in")).toEqual({ page: "portCheckIn" });
    expect(matchRoute("/referrals/")).toEqual({ page: "referrals" });
    expect(matchRoute("/registrations/held")).toEqual({ page: "heldRegistrations" });
    expect(matchRoute("/lottery/2023-06-01")).toEqual({ page: "lottery", date: "2023-06-01" });
    expect(matchRoute("/lottery/yesterday")).toEqual({ page: "notFound" });
  });

  it("reads the token or id from the path", () => {
    expect(matchRoute("/invitation/abc%2Bdef")).toEqual({ page: "invitation", token: "abc+def" });
    expect(matchRoute("/password-reset/t0k")).toEqual({
      page: "passwordResetComplete",
      token: "t0k",
    });
    expect(matchRoute("/cases/42")).toEqual({ page: "case", id: "42" });
  });

  it("answers notFound for anything else", () => {
    expect(matchRoute("/cases")).toEqual({ page: "notFound" });
    expect(matchRoute("/invitation/a/b")).toEqual({ page: "notFound" });
    expect(matchRoute("/constructor")).toEqual({ page: "notFound" });
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
