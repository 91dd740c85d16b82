import { LoadError, Loading } from "../../components/LoadState.tsx";
import { ApiError } from "../../platform/http.ts";
import { useLoad } from "../../platform/useLoad.ts";
import { getWindow, type RequestWindow } from "../appointmentsApi.ts";
import { getDraw, type PublishedDraw } from "../lotteryApi.ts";
import { LotteryView } from "./LotteryView.tsx";

export interface LotteryData {
  draw: PublishedDraw | null;
  /** The current window, for its commitments while its draw is not yet published. */
  requestWindow: RequestWindow | null;
}

async function loadLottery(date: string, signal: AbortSignal): Promise<LotteryData> {
  const [draw, requestWindow] = await Promise.all([
    getDraw(date, signal).catch((error: unknown) => {
      if (error instanceof ApiError && (error.isNotFound || error.status === 409)) return null;
      throw error;
    }),
    getWindow(signal).catch(() => null),
  ]);
  return { draw, requestWindow: requestWindow?.date === date ? requestWindow : null };
}

/** `/lottery/:date`, public: how the day's draw works and its published record. */
export function LotteryPage({ date }: { date: string }) {
  const [load, retry] = useLoad(date, (signal) => loadLottery(date, signal));
  if (load.status === "loading") return <Loading />;
  if (load.status === "failed") return <LoadError onRetry={retry} />;
  return <LotteryView date={date} {...load.data} />;
}
