import { describe, expect, it } from "vitest";
import { PASSWORD_MIN_LENGTH } from "../../../src/platform/auth/passwordPolicy.ts";
import { checkNewPassword, MIN_PASSWORD_LENGTH } from "./passwords.ts";
import { groupSecret } from "./secondFactor/SecretKey.tsx";

describe("checkNewPassword", () => {
  it("asks for the length the API asks for", () => {
    expect(MIN_PASSWORD_LENGTH).toBe(PASSWORD_MIN_LENGTH);
  });

  it("asks for a password of at least 12 characters, counting characters, not bytes", () => {
    expect(checkNewPassword("")).toBe("missing");
    expect(checkNewPassword("short one")).toBe("tooShort");
    expect(checkNewPassword("тихий берег")).toBe("tooShort");
    expect(checkNewPassword("тихий берег!")).toBeNull();
  });
});

describe("groupSecret", () => {
  it("groups a setup key by four", () => {
    expect(groupSecret("JBSWY3DPEHPK3PXP")).toBe("JBSW Y3DP EHPK 3PXP");
    expect(groupSecret("ABCDE")).toBe("ABCD E");
  });
});
