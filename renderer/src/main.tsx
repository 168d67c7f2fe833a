import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { HashRouter } from 'react-router'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { App as AntApp, ConfigProvider } from 'antd'
import viVN from 'antd/locale/vi_VN'
import dayjs from 'dayjs'
import 'dayjs/locale/vi'
import customParseFormat from 'dayjs/plugin/customParseFormat'
import { App } from './App'
import { CALENDAR_ICON, CLEAR_SELECTION_ICON, CLOSE_ICON, MORE_TABS_ICON, SELECT_ARROW_ICON } from './lib/icons'
// antd's prebuilt styles: with zeroRuntime no component builds its CSS in JavaScript on first show (issue 12, the
// first visit to each page); the theme below still sets the tokens as CSS variables.
import 'antd/dist/antd.css'
import './styles.css'

dayjs.extend(customParseFormat)
dayjs.locale('vi')

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 5_000 } }
})

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <ConfigProvider
      locale={viVN}
      // antd's own icons carry English names into the controls' names; these are decorative or named in Vietnamese.
      select={{ clearIcon: CLEAR_SELECTION_ICON, suffixIcon: SELECT_ARROW_ICON }}
      datePicker={{ clearIcon: CLEAR_SELECTION_ICON, suffixIcon: CALENDAR_ICON }}
      tabs={{ moreIcon: MORE_TABS_ICON }}
      modal={{ closeIcon: CLOSE_ICON }}
      drawer={{ closeIcon: CLOSE_ICON }}
      theme={{
        zeroRuntime: true,
        token: {
          fontFamily: '"Segoe UI", "Noto Sans", "Liberation Sans", Arial, sans-serif',
          fontSize: 14,
          colorPrimary: '#1d4e89'
        }
      }}
    >
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <HashRouter>
            <App />
          </HashRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>
)
