import { describe, expect, it } from "vitest";
import { opened } from "../testing/histories.ts";
import { given } from "../testing/kit.ts";

describe("appointments: check-in at a port (CBP One)", () => {
  it("checks in at a port with capacity and puts the person in CBP custody (INA 235(a)(3))", () => {
    const when = given(opened());
    expect(
      when.when(
        { type: "CheckInAppointment", appointmentId: "appt-1", port: "el_paso" },
        "2023-06-05T14:00:00Z",
      ),
    ).toEqual({
      ok: true,
      events: [
        { type: "AppointmentCheckedIn", data: { appointmentId: "appt-1", port: "el_paso" } },
      ],
    });
  });

  it("refuses a check-in before CBP One began on 2023-01-12 (CBP announcements)", () => {
    const decision = given(opened()).when(
      { type: "CheckInAppointment", appointmentId: "appt-1", port: "el_paso" },
      "2022-12-05T14:00:00Z",
    );
    expect(decision.ok ? null : decision.refusal).toEqual({
      rule: "appointments.cbp-one.not-in-service",
      citation: "CBP announcements (CBP One from 2023-01-12)",
      message:
        "No CBP One appointments are offered at el_paso on 2022-12-05: appointments began on 2023-01-12.",
      field: "port",
    });
  });
});
