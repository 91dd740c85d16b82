import { lazy } from "react";

/**
 * The appointment pages, loaded when first opened: the applicant's pages are meant for phones on
 * slow connections, and nobody else should pay for their code (nor they for the officers').
 */
export const AppointmentsPage = lazy(() =>
  import("./pages/appointments/AppointmentsPage.tsx").then((module) => ({
    default: module.AppointmentsPage,
  })),
);

export const AppointmentRegistrationPage = lazy(() =>
  import("./pages/appointmentRegistration/AppointmentRegistrationPage.tsx").then((module) => ({
    default: module.AppointmentRegistrationPage,
  })),
);

export const LotteryPage = lazy(() =>
  import("./pages/lottery/LotteryPage.tsx").then((module) => ({ default: module.LotteryPage })),
);

export const PortCheckInPage = lazy(() =>
  import("./pages/portCheckIn/PortCheckInPage.tsx").then((module) => ({
    default: module.PortCheckInPage,
  })),
);

export const ReferralsPage = lazy(() =>
  import("./pages/referrals/ReferralsPage.tsx").then((module) => ({
    default: module.ReferralsPage,
  })),
);

export const HeldRegistrationsPage = lazy(() =>
  import("./pages/heldRegistrations/HeldRegistrationsPage.tsx").then((module) => ({
    default: module.HeldRegistrationsPage,
  })),
);
